package dev.onboardingbuddy.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which days people work: the working weekdays plus the holidays on which nobody does.
 *
 * @param id the file name under {@code config/calendars/} without {@code .yaml}, or {@code default}
 */
public record WorkingCalendar(String id, Set<DayOfWeek> workingDays, SortedSet<LocalDate> holidays) {

  public static final String DEFAULT_ID = "default";

  public WorkingCalendar {
    Objects.requireNonNull(id, "id");
    if (workingDays == null || workingDays.isEmpty()) {
      throw new IllegalArgumentException("calendar '" + id + "' needs at least one working day");
    }
    workingDays = Set.copyOf(EnumSet.copyOf(workingDays));
    holidays = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(holidays == null ? Set.of() : holidays));
  }

  /** Monday to Friday, no holidays. */
  public static WorkingCalendar mondayToFriday() {
    return new WorkingCalendar(DEFAULT_ID, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), new TreeSet<>());
  }

  public boolean isWorkingDay(LocalDate date) {
    return workingDays.contains(date.getDayOfWeek()) && !holidays.contains(date);
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
