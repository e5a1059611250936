package dev.onboardingbuddy.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which days people work: the working weekdays, minus a country's or region's public holidays (for any year) and the
 * company's own days off (listed dates).
 *
 * @param id the file name under {@code config/calendars/} without {@code .yaml}, or {@code default}
 * @param holidays the listed days off, on top of the public holidays
 * @param publicHolidays the public holidays of the calendar's country or region, or {@link PublicHolidays#none()}
 */
public record WorkingCalendar(
        String id, Set<DayOfWeek> workingDays, SortedSet<LocalDate> holidays, PublicHolidays publicHolidays) {

    public static final String DEFAULT_ID = "default";

    public WorkingCalendar {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(publicHolidays, "publicHolidays");
        if (workingDays == null || workingDays.isEmpty()) {
            throw new IllegalArgumentException("calendar '" + id + "' needs at least one working day");
        }
        workingDays = Set.copyOf(EnumSet.copyOf(workingDays));
        holidays = Collections.unmodifiableSortedSet(new TreeSet<>(holidays == null ? Set.of() : holidays));
    }

    /** A calendar whose days off are all listed. */
    public WorkingCalendar(String id, Set<DayOfWeek> workingDays, SortedSet<LocalDate> holidays) {
        this(id, workingDays, holidays, PublicHolidays.none());
    }

    /** Monday to Friday, no holidays. */
    public static WorkingCalendar mondayToFriday() {
        return new WorkingCalendar(DEFAULT_ID, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), new TreeSet<>());
    }

    public boolean isWorkingDay(LocalDate date) {
        return workingDays.contains(date.getDayOfWeek()) && !holidays.contains(date) && !publicHolidays.contains(date);
    }

    /**
     * The years from {@code from} to {@code to} for which a calendar of listed dates lists none, so that a programme
     * in them would silently get no holiday. Empty for a calendar with public holidays, which never run out, and for
     * one that lists no dates at all, which means "no holidays" on purpose (such as {@code default}).
     */
    public List<Integer> yearsWithoutHolidays(LocalDate from, LocalDate to) {
        List<Integer> years = new ArrayList<>();
        if (publicHolidays.region().isPresent() || holidays.isEmpty()) {
            return years;
        }
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            LocalDate first = LocalDate.of(year, 1, 1);
            if (holidays.subSet(first, first.plusYears(1)).isEmpty()) {
                years.add(year);
            }
        }
        return years;
    }

    /** The date itself if people work then, else the next day they do. */
    public LocalDate onOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The date itself if people work then, else the last day before it that they do. */
    public LocalDate onOrBefore(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** Counts {@code days} working days forward (or backward when negative) from a date, which itself does not count. */
    public LocalDate plusWorkingDays(LocalDate date, int days) {
        int step = days < 0 ? -1 : 1;
        LocalDate day = date;
        for (int left = Math.abs(days); left > 0; ) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }
}
