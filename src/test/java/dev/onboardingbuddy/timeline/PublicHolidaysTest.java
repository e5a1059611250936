package dev.onboardingbuddy.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PublicHolidaysTest {
    /** New Year's Day, moved to the Friday before when it is a Saturday, as the United States observe it. */
    private static final class NewYearsDay implements HolidaySource {
        final List<Integer> asked = new ArrayList<>();

        @Override
        public boolean knows(String region) {
            return region.equals("xx");
        }

        @Override
        public synchronized Set<LocalDate> holidays(String region, int year) {
            asked.add(year);
            LocalDate day = LocalDate.of(year, 1, 1);
            return Set.of(day.getDayOfWeek() == DayOfWeek.SATURDAY ? day.minusDays(1) : day);
        }
    }

    private final NewYearsDay source = new NewYearsDay();

    @Test
    void aHolidayObservedInTheYearBeforeCountsInThatYear() {
        PublicHolidays holidays = PublicHolidays.of("xx", source);

        assertThat(holidays.in(2027)).containsExactly(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
        assertThat(holidays.in(2028)).isEmpty();
        assertThat(holidays.contains(LocalDate.of(2027, 12, 31))).isTrue();
    }

    @Test
    void eachYearIsAskedOfTheSourceOnceHoweverOftenDaysAreChecked() {
        PublicHolidays holidays = PublicHolidays.of("xx", source);
        WorkingCalendar calendar =
                new WorkingCalendar("xx", EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), new TreeSet<>(), holidays);

        assertThat(calendar.plusWorkingDays(LocalDate.of(2030, 1, 1), 200)).isAfter(LocalDate.of(2030, 9, 1));
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 1, 1))).isFalse();

        assertThat(source.asked).containsExactly(2029, 2030, 2031);
    }

    @Test
    void anUnknownRegionIsRefusedAndNoneHasNoRegion() {
        assertThatThrownBy(() -> PublicHolidays.of("yy", source)).hasMessageContaining("'yy'");
        assertThat(PublicHolidays.none().region()).isEmpty();
        assertThat(PublicHolidays.none().contains(LocalDate.of(2028, 1, 1))).isFalse();
        assertThat(PublicHolidays.of("xx", source)).isEqualTo(PublicHolidays.of("xx", new NewYearsDay()));
    }

    @Test
    void onlyACalendarOfListedDatesWithoutACountryCanRunOutOfHolidays() {
        WorkingCalendar listed = new WorkingCalendar(
                "listed",
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                new TreeSet<>(Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 12, 24))));
        WorkingCalendar layered = new WorkingCalendar(
                "layered",
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                new TreeSet<>(Set.of(LocalDate.of(2026, 12, 25))),
                PublicHolidays.of("xx", source));

        assertThat(listed.yearsWithoutHolidays(LocalDate.of(2027, 11, 1), LocalDate.of(2029, 2, 1)))
                .containsExactly(2028, 2029);
        assertThat(layered.yearsWithoutHolidays(LocalDate.of(2027, 11, 1), LocalDate.of(2029, 2, 1)))
                .isEmpty();
        assertThat(WorkingCalendar.mondayToFriday()
                        .yearsWithoutHolidays(LocalDate.of(2027, 11, 1), LocalDate.of(2029, 2, 1)))
                .as("no dates at all: no holidays on purpose")
                .isEmpty();
    }
}
