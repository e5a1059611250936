package dev.onboardingbuddy.timeline;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One region's public holidays, asked of a {@link HolidaySource} once per year and then kept: a plan asks whether a
 * day is a working day thousands of times. Thread-safe. Equal when the regions are equal.
 */
public final class PublicHolidays {
    private static final PublicHolidays NONE = new PublicHolidays(null, HolidaySource.none());

    private final String region;
    private final HolidaySource source;
    /** Dates falling in each year asked about; a few years per region, so never evicted. */
    private final ConcurrentMap<Integer, SortedSet<LocalDate>> byYear = new ConcurrentHashMap<>();

    private PublicHolidays(String region, HolidaySource source) {
        this.region = region;
        this.source = source;
    }

    /** No public holidays at all. */
    public static PublicHolidays none() {
        return NONE;
    }

    /** @throws IllegalArgumentException when the source does not know the region */
    public static PublicHolidays of(String region, HolidaySource source) {
        Objects.requireNonNull(region, "region");
        if (!source.knows(region)) {
            throw new IllegalArgumentException("no public holidays are known for '" + region + "'");
        }
        return new PublicHolidays(region, source);
    }

    /** The region code, such as {@code de-by}; empty for {@link #none()}. */
    public Optional<String> region() {
        return Optional.ofNullable(region);
    }

    public boolean contains(LocalDate date) {
        return region != null && in(date.getYear()).contains(date);
    }

    /** The days off that fall in {@code year}, whichever year's holiday they are observed for. */
    public SortedSet<LocalDate> in(int year) {
        if (region == null) {
            return Collections.emptySortedSet();
        }
        return byYear.computeIfAbsent(year, this::load);
    }

    private SortedSet<LocalDate> load(int year) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (int holidaysOf = year - 1; holidaysOf <= year + 1; holidaysOf++) {
            source.holidays(region, holidaysOf).stream()
                    .filter(date -> date.getYear() == year)
                    .forEach(dates::add);
        }
        return Collections.unmodifiableSortedSet(dates);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PublicHolidays that && Objects.equals(region, that.region);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(region);
    }

    @Override
    public String toString() {
        return region == null ? "no public holidays" : "public holidays of " + region;
    }
}
