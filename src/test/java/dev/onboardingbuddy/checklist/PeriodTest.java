package dev.onboardingbuddy.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @ParameterizedTest(name = "''{0}'' spans days {1} to {2}")
    @CsvSource({
        "day 1, 1, 1",
        "day 30, 30, 30",
        "days 31-60, 31, 60",
        "week 1, 1, 7",
        "week 2, 8, 14",
        "weeks 2-4, 8, 28",
        "Week 3-4, 15, 28",
        "week 12, 78, 84",
    })
    void parses_days_and_weeks_counting_day_one_as_the_start_date(String text, int first, int last) {
        assertThat(Period.parse(text)).isEqualTo(new Period(first, last));
    }

    @ParameterizedTest(name = "''{0}'' is rejected")
    @ValueSource(strings = {"", "week", "weeks 4-2", "month 1", "day 0", "week -1", "day 1-"})
    void rejectsTextThatIsNotAPeriodAndSaysWhatIsAccepted(String text) {
        assertThatThrownBy(() -> Period.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'");
    }

    @ParameterizedTest(name = "''{0}'' writes back as itself")
    @ValueSource(strings = {"day 30", "days 31-60", "week 1", "weeks 2-4"})
    void writesTheShortestFormThatParsesBack(String text) {
        assertThat(Period.parse(text).text()).isEqualTo(text);
    }
}
