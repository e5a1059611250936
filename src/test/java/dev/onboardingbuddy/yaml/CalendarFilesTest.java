package dev.onboardingbuddy.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.holidays.PublicHolidaySources;
import dev.onboardingbuddy.timeline.CalendarCatalog;
import dev.onboardingbuddy.timeline.WorkingCalendar;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarFilesTest {
    private final CalendarFiles files = new CalendarFiles(PublicHolidaySources.standard());

    private List<String> problems(String name) {
        LoadResult<WorkingCalendar> result = files.load(Path.of("src/test/resources/calendars", name + ".yaml"));
        assertThat(result.value()).isEmpty();
        return result.problems().stream()
                .map(problem -> problem.line() + ": " + problem.message())
                .toList();
    }

    @Test
    void theShippedCalendarsLoadWithoutProblemsNextToTheDefault() {
        LoadResult<CalendarCatalog> result = files.loadDirectory(Path.of("config/calendars"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.value().orElseThrow().ids()).containsExactly("de", "de-by", "default", "il", "us");
    }

    @Test
    void theShippedCalendarsTakePublicHolidaysForAnyYearFromTheirCountry() {
        WorkingCalendar germany =
                files.load(Path.of("config/calendars/de.yaml")).orElseThrow();
        WorkingCalendar bavaria =
                files.load(Path.of("config/calendars/de-by.yaml")).orElseThrow();
        WorkingCalendar us = files.load(Path.of("config/calendars/us.yaml")).orElseThrow();

        assertThat(germany.publicHolidays().region()).contains("de");
        assertThat(germany.isWorkingDay(LocalDate.of(2026, 5, 25)))
                .as("Whit Monday 2026")
                .isFalse();
        assertThat(germany.isWorkingDay(LocalDate.of(2026, 5, 26))).isTrue();
        assertThat(germany.isWorkingDay(LocalDate.of(2031, 4, 14)))
                .as("Easter Monday 2031")
                .isFalse();
        assertThat(germany.isWorkingDay(LocalDate.of(2028, 6, 15)))
                .as("Corpus Christi is not national")
                .isTrue();
        assertThat(bavaria.isWorkingDay(LocalDate.of(2028, 6, 15)))
                .as("Corpus Christi in Bavaria")
                .isFalse();
        assertThat(us.isWorkingDay(LocalDate.of(2027, 12, 31)))
                .as("New Year's Day 2028, observed")
                .isFalse();
        assertThat(us.isWorkingDay(LocalDate.of(2030, 11, 28)))
                .as("Thanksgiving 2030")
                .isFalse();
    }

    @Test
    void theIsraeliCalendarWorksSundayToThursday() {
        WorkingCalendar israel = files.load(Path.of("config/calendars/il.yaml")).orElseThrow();

        assertThat(israel.workingDays())
                .containsExactlyInAnyOrder(
                        DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
        assertThat(israel.isWorkingDay(LocalDate.of(2026, 3, 1))).as("a Sunday").isTrue();
        assertThat(israel.isWorkingDay(LocalDate.of(2026, 9, 21)))
                .as("Yom Kippur 2026")
                .isFalse();
        assertThat(israel.isWorkingDay(LocalDate.of(2027, 10, 11)))
                .as("Yom Kippur 2027")
                .isFalse();
    }

    @Test
    void aCompanyCalendarAddsItsOwnDaysOffToItsRegionsPublicHolidays() {
        WorkingCalendar company = files.load(Path.of("src/test/resources/calendars/acme-munich.yaml"))
                .orElseThrow();

        assertThat(company.isWorkingDay(LocalDate.of(2028, 6, 15)))
                .as("Corpus Christi, Bavaria")
                .isFalse();
        assertThat(company.isWorkingDay(LocalDate.of(2028, 8, 15)))
                .as("Assumption Day, Munich")
                .isFalse();
        assertThat(company.isWorkingDay(LocalDate.of(2028, 12, 27)))
                .as("the company's own day off")
                .isFalse();
        assertThat(company.isWorkingDay(LocalDate.of(2028, 12, 28))).isTrue();
        assertThat(company.yearsWithoutHolidays(LocalDate.of(2028, 1, 1), LocalDate.of(2031, 1, 1)))
                .isEmpty();
    }

    @Test
    void aCountryWithoutKnownHolidaysIsReportedWithItsLine() {
        assertThat(problems("unknown-country"))
                .containsExactly(
                        "3: calendar: country 'de-xx' has no known public holidays; write an ISO 3166 country code, optionally "
                                + "with its region, such as de, de-by, us, us-ca, gb-sct or il");
    }

    @Test
    void unknownFieldsBadWeekdaysBadAndDuplicateDatesAreAllReportedWithTheirLines() {
        assertThat(problems("broken"))
                .containsExactly(
                        "3: calendar: unknown field 'timezone'; allowed: id, name, country, workingDays, holidays",
                        "4: calendar: 'funday' is not a weekday; choose from: monday, tuesday, wednesday, thursday, friday, "
                                + "saturday, sunday",
                        "4: calendar: weekday 'monday' is listed twice",
                        "7: holiday 2026-02-30: date '2026-02-30' is not a calendar date; write YYYY-MM-DD, such as 2026-12-25",
                        "8: holiday 2026-12-25: date 2026-12-25 is already listed on line 6",
                        "11: holiday 2026-12-26: unknown field 'observed'; allowed: date, name",
                        "12: holiday 2026-12-31: 'name' is missing");
    }

    @Test
    void theCalendarIdMustMatchTheFileName() {
        assertThat(problems("wrong-id"))
                .containsExactly(
                        "1: calendar: id 'somewhere-else' does not match the file name 'wrong-id.yaml'; rename the file or change "
                                + "the id");
    }

    @Test
    void noFileMayReplaceTheBuiltInDefaultCalendar() {
        assertThat(problems("default"))
                .containsExactly(
                        "1: calendar: id 'default' is reserved for the built-in Monday-to-Friday calendar; choose another");
    }

    @Test
    void aCalendarNeedsAtLeastOneWorkingDay() {
        assertThat(problems("no-working-days"))
                .containsExactly("1: calendar: 'workingDays' is missing or empty, such as [monday, tuesday, ...]");
    }

    @Test
    void anUnclosedListIsInvalidYamlReportedWhereItBreaksAndWhereItStarts() {
        assertThat(problems("unclosed"))
                .singleElement()
                .asString()
                .startsWith("4: invalid YAML: ")
                .endsWith("(while parsing a flow sequence that starts on line 3)");
    }
}
