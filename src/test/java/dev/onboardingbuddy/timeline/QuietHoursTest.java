package dev.onboardingbuddy.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class QuietHoursTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final QuietHours EIGHT_TO_SIX = new QuietHours(LocalTime.of(8, 0), LocalTime.of(18, 0));
    private static final WorkingCalendar WEEKDAYS = WorkingCalendar.mondayToFriday();
    private static final WorkingCalendar GERMAN_CHRISTMAS = new WorkingCalendar(
            "de",
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            new TreeSet<>(Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26))));
    private static final WorkingCalendar EVERY_DAY =
            new WorkingCalendar("every-day", EnumSet.allOf(DayOfWeek.class), new TreeSet<>());

    private static Instant at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    private static Instant next(String localDateTime, ZoneId zone, WorkingCalendar calendar) {
        return EIGHT_TO_SIX.nextAllowed(at(localDateTime, zone), zone, calendar);
    }

    @Test
    void anInstantInsideTheHoursOfAWorkingDayIsAllowedAsItIs() {
        assertThat(next("2026-12-09T10:15:00", BERLIN, WEEKDAYS)).isEqualTo(at("2026-12-09T10:15:00", BERLIN));
        assertThat(next("2026-12-09T08:00:00", BERLIN, WEEKDAYS)).isEqualTo(at("2026-12-09T08:00:00", BERLIN));
    }

    @Test
    void beforeTheStartOfAWorkingDayItWaitsForTheStartOfTheSameDay() {
        assertThat(next("2026-12-09T06:30:00", BERLIN, WEEKDAYS)).isEqualTo(at("2026-12-09T08:00:00", BERLIN));
    }

    @Test
    void atOrAfterTheEndItWaitsForTheStartOfTheNextWorkingDay() {
        assertThat(next("2026-12-09T18:00:00", BERLIN, WEEKDAYS)).isEqualTo(at("2026-12-10T08:00:00", BERLIN));
        assertThat(next("2026-12-09T23:59:00", BERLIN, WEEKDAYS)).isEqualTo(at("2026-12-10T08:00:00", BERLIN));
    }

    @Test
    void onAFridayEveningOrAWeekendItWaitsForMondayMorning() {
        Instant monday = at("2026-12-14T08:00:00", BERLIN);
        assertThat(next("2026-12-11T19:00:00", BERLIN, WEEKDAYS)).isEqualTo(monday);
        assertThat(next("2026-12-12T03:00:00", BERLIN, WEEKDAYS)).isEqualTo(monday);
        assertThat(next("2026-12-13T12:00:00", BERLIN, WEEKDAYS)).isEqualTo(monday);
    }

    @Test
    void holidaysOfTheCalendarAreSkippedLikeAWeekend() {
        assertThat(next("2026-12-24T18:30:00", BERLIN, GERMAN_CHRISTMAS)).isEqualTo(at("2026-12-28T08:00:00", BERLIN));
        assertThat(next("2026-12-25T10:00:00", BERLIN, GERMAN_CHRISTMAS)).isEqualTo(at("2026-12-28T08:00:00", BERLIN));
    }

    @Test
    void theHoursAreLocalToThePersonSoTheSameInstantDiffersByZone() {
        Instant nineUtc = Instant.parse("2026-12-09T09:00:00Z");
        assertThat(EIGHT_TO_SIX.nextAllowed(nineUtc, BERLIN, WEEKDAYS)).isEqualTo(nineUtc);
        assertThat(EIGHT_TO_SIX.nextAllowed(nineUtc, TOKYO, WEEKDAYS)).isEqualTo(at("2026-12-10T08:00:00", TOKYO));
    }

    @Test
    void onTheDayClocksGoForwardTheStartStaysAtEightLocal() {
        // Sunday 29 March 2026: 02:00 CET becomes 03:00 CEST; 08:00 local is 06:00 UTC, not 07:00.
        Instant early = Instant.parse("2026-03-29T00:30:00Z");
        assertThat(EIGHT_TO_SIX.nextAllowed(early, BERLIN, EVERY_DAY)).isEqualTo(Instant.parse("2026-03-29T06:00:00Z"));
        assertThat(next("2026-03-27T20:00:00", BERLIN, WEEKDAYS)).isEqualTo(Instant.parse("2026-03-30T06:00:00Z"));
    }

    @Test
    void onTheDayClocksGoBackTheEndIsJudgedInLocalTime() {
        // Sunday 25 October 2026: 17:30 CET is 16:30 UTC, still inside; 18:10 CET is outside.
        assertThat(next("2026-10-25T17:30:00", BERLIN, EVERY_DAY)).isEqualTo(Instant.parse("2026-10-25T16:30:00Z"));
        assertThat(next("2026-10-25T18:10:00", BERLIN, EVERY_DAY))
                .isEqualTo(ZonedDateTime.of(LocalDate.of(2026, 10, 26), LocalTime.of(8, 0), BERLIN)
                        .toInstant());
    }

    @Test
    void hoursThatDoNotStartBeforeTheyEndAreRefused() {
        assertThatThrownBy(() -> new QuietHours(LocalTime.of(18, 0), LocalTime.of(8, 0)))
                .hasMessageContaining("start before the end");
    }
}
