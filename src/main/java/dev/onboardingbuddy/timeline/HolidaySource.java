package dev.onboardingbuddy.timeline;

import java.time.LocalDate;
import java.util.Set;

/**
 * Port: the public holidays of a country or one of its regions, for any year, so that a calendar never runs out of
 * holidays the way a list of typed-in dates does. Regions are lower-case codes: an ISO 3166 country, optionally
 * followed by its subdivisions ({@code de}, {@code de-by}, {@code us-ca}, {@code gb-sct}, {@code il}).
 * Implementations are thread-safe; they may be slow, since {@link PublicHolidays} asks once per region and year.
 */
public interface HolidaySource {

    /** Whether {@link #holidays} can answer for this region code. */
    boolean knows(String region);

    /**
     * The days off for the holidays of {@code year}. A holiday moved to the day it is observed may land in the year
     * before or after (the United States observe 1 January 2028, a Saturday, on 31 December 2027).
     *
     * @throws IllegalArgumentException when the region is not {@linkplain #knows known}
     */
    Set<LocalDate> holidays(String region, int year);

    /** Knows no region: for calendars whose holidays are all written out. */
    static HolidaySource none() {
        return new HolidaySource() {
            @Override
            public boolean knows(String region) {
                return false;
            }

            @Override
            public Set<LocalDate> holidays(String region, int year) {
                throw new IllegalArgumentException("no public holidays are known for '" + region + "'");
            }
        };
    }
}
