package dev.onboardingbuddy.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CalendarCatalogTest {
    private final WorkingCalendar israel = new WorkingCalendar(
            "il",
            EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY),
            new TreeSet<>());

    @Test
    void theDefaultCalendarIsAlwaysThereEvenWhenNoFileWasLoaded() {
        assertThat(CalendarCatalog.defaultOnly().require("default")).isEqualTo(WorkingCalendar.mondayToFriday());
    }

    @Test
    void anUnknownCalendarIdNamesTheValidChoices() {
        CalendarCatalog catalog = new CalendarCatalog(List.of(israel));

        assertThatThrownBy(() -> catalog.require("fr"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown calendar 'fr'; choose one of: default, il");
    }

    @Test
    void twoCalendarsWithOneIdAreRefused() {
        assertThatThrownBy(() -> new CalendarCatalog(List.of(israel, israel)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'il'");
    }
}
