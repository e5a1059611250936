package dev.onboardingbuddy.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {
    private static final LocalDate FRIDAY = LocalDate.of(2026, 12, 4);
    private static final LocalDate CHRISTMAS = LocalDate.of(2026, 12, 25);

    private final WorkingCalendar weekdays = WorkingCalendar.mondayToFriday();
    private final WorkingCalendar withChristmas = new WorkingCalendar(
            "de", EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), new TreeSet<>(Set.of(CHRISTMAS)));

    @Test
    void aSaturdayMovesForwardToMondayAndBackToFriday() {
        LocalDate saturday = FRIDAY.plusDays(1);
        assertThat(weekdays.onOrAfter(saturday)).isEqualTo(FRIDAY.plusDays(3));
        assertThat(weekdays.onOrBefore(saturday)).isEqualTo(FRIDAY);
    }

    @Test
    void aHolidayIsNotAWorkingDayEvenOnAWeekday() {
        assertThat(withChristmas.isWorkingDay(CHRISTMAS)).isFalse();
        assertThat(withChristmas.onOrAfter(CHRISTMAS)).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(withChristmas.onOrBefore(CHRISTMAS)).isEqualTo(LocalDate.of(2026, 12, 24));
    }

    @Test
    void countingWorkingDaysSkipsWeekendsInBothDirections() {
        assertThat(weekdays.plusWorkingDays(FRIDAY, 1)).isEqualTo(FRIDAY.plusDays(3));
        assertThat(weekdays.plusWorkingDays(FRIDAY.plusDays(3), -2)).isEqualTo(FRIDAY.minusDays(1));
        assertThat(weekdays.plusWorkingDays(FRIDAY, 0)).isEqualTo(FRIDAY);
    }

    @Test
    void aCalendarWithoutWorkingDaysIsRefused() {
        assertThatThrownBy(() -> new WorkingCalendar("x", Set.of(), new TreeSet<>()))
                .hasMessageContaining("calendar 'x' needs at least one working day");
    }
}
