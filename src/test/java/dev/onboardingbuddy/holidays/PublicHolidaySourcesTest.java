package dev.onboardingbuddy.holidays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onboardingbuddy.timeline.HolidaySource;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Dates checked against published lists: Bavaria 2028 against arbeitstage.org ("Feiertage 2028 in Bayern"); Israel
 * 2026 and 2027 against calendardate.com and días-feriados.com, Yom Kippur 2028 against calendardate.com; the US
 * rule (fourth Thursday of November, weekend holidays observed on the nearest weekday) from 5 U.S.C. 6103.
 */
class PublicHolidaySourcesTest {
    private final HolidaySource source = PublicHolidaySources.standard();

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void bavaria2028HasGermanysHolidaysPlusEpiphanyCorpusChristiAndAllSaints() {
        assertThat(source.holidays("de-by", 2028))
                .containsExactlyInAnyOrder(
                        date("2028-01-01"),
                        date("2028-01-06"),
                        date("2028-04-14"),
                        date("2028-04-17"),
                        date("2028-05-01"),
                        date("2028-05-25"),
                        date("2028-06-05"),
                        date("2028-06-15"),
                        date("2028-10-03"),
                        date("2028-11-01"),
                        date("2028-12-25"),
                        date("2028-12-26"));
    }

    @Test
    void assumptionDay2028IsAHolidayInMunichButNotInEveryBavarianMunicipality() {
        assertThat(source.holidays("de-by-mu", 2028)).contains(date("2028-08-15"), date("2028-06-15"));
        assertThat(source.holidays("de-by", 2028)).doesNotContain(date("2028-08-15"));
        assertThat(source.holidays("de", 2028)).doesNotContain(date("2028-06-15"));
    }

    @Test
    void us2028HasThanksgivingOnTheFourthThursdayAndObservesWeekendHolidaysOnAWeekday() {
        assertThat(source.holidays("us", 2028))
                .contains(
                        date("2028-11-23"), // Thanksgiving
                        date("2028-01-17"), // Martin Luther King Jr. Day
                        date("2028-05-29"), // Memorial Day
                        date("2028-11-10"), // Veterans Day, 11 November a Saturday
                        date("2027-12-31")) // New Year's Day 2028, a Saturday, observed the Friday before
                .doesNotContain(date("2028-11-11"), date("2028-01-01"));
        assertThat(source.holidays("us-ca", 2028)).contains(date("2028-11-24"), date("2028-03-31"));
    }

    @Test
    void scotlandHasItsOwnBankHolidays() {
        assertThat(source.holidays("gb-sct", 2028)).contains(date("2028-01-04"), date("2028-11-30"));
        assertThat(source.holidays("gb", 2028)).doesNotContain(date("2028-11-30"));
    }

    @Test
    void israel2027FollowsTheHebrewCalendar() {
        assertThat(source.holidays("il", 2027))
                .containsExactlyInAnyOrder(
                        date("2027-04-22"), // Pesach
                        date("2027-04-28"), // seventh day of Pesach
                        date("2027-05-12"), // Independence Day, 5 Iyar a Wednesday
                        date("2027-06-11"), // Shavuot
                        date("2027-10-02"),
                        date("2027-10-03"), // Rosh Hashanah
                        date("2027-10-11"), // Yom Kippur
                        date("2027-10-16"), // Sukkot
                        date("2027-10-23")); // Shemini Atzeret / Simchat Torah
    }

    @Test
    void israel2026And2028HaveYomKippurOn10Tishrei() {
        assertThat(source.holidays("il", 2026)).contains(date("2026-09-21"), date("2026-09-12"), date("2026-04-22"));
        assertThat(source.holidays("il", 2028))
                .contains(
                        date("2028-09-30"), // Yom Kippur, a Saturday
                        date("2028-09-21"),
                        date("2028-09-22"), // Rosh Hashanah
                        date("2028-04-11"),
                        date("2028-04-17"),
                        date("2028-05-31"),
                        date("2028-10-05"),
                        date("2028-10-12"));
    }

    @Test
    void independenceDayMovesOffFridaySaturdayAndMonday() {
        assertThat(source.holidays("il", 2028))
                .as("5 Iyar a Monday: the Tuesday")
                .contains(date("2028-05-02"))
                .doesNotContain(date("2028-05-01"));
        assertThat(source.holidays("il", 2025))
                .as("5 Iyar a Saturday: the Thursday")
                .contains(date("2025-05-01"));
        assertThat(source.holidays("il", 2022))
                .as("5 Iyar a Friday: the Thursday")
                .contains(date("2022-05-05"));
        assertThat(source.holidays("il", 2024))
                .as("5 Iyar a Monday: the Tuesday")
                .contains(date("2024-05-14"));
    }

    @Test
    void knowsCountriesAndTheirRegionsButNotMadeUpCodes() {
        assertThat(source.knows("de")).isTrue();
        assertThat(source.knows("de-by")).isTrue();
        assertThat(source.knows("us-ca")).isTrue();
        assertThat(source.knows("gb-sct")).isTrue();
        assertThat(source.knows("il")).isTrue();
        assertThat(source.knows("de-xx")).isFalse();
        assertThat(source.knows("zz")).isFalse();
        assertThat(source.knows("")).isFalse();
        assertThatThrownBy(() -> source.holidays("zz", 2028)).isInstanceOf(IllegalArgumentException.class);
    }
}
