package dev.onboardingbuddy.app;

import static dev.onboardingbuddy.app.BotHarness.ADMIN;
import static dev.onboardingbuddy.app.BotHarness.HIRE;
import static dev.onboardingbuddy.app.BotHarness.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Calendars as Slack users meet them: public holidays in years nobody typed in, and a warning where none are. */
class WorkingCalendarsEndToEndTest {
    /** Thursday 15 June 2028, Corpus Christi: a public holiday in Bavaria, not in Germany as a whole. */
    private static final Instant CORPUS_CHRISTI_TEN_MUNICH = Instant.parse("2028-06-15T08:00:00Z");

    @TempDir
    Path directory;

    BotHarness harness;

    @AfterEach
    void stop() {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void aBavarianHireStartingIn2028GetsNothingOnCorpusChristiAndTheirFirstItemsTheDayAfter() {
        harness = new BotHarness(directory, CORPUS_CHRISTI_TEN_MUNICH);

        String answer = harness.enrol(
                ADMIN, "start <@" + HIRE + "> <@" + MANAGER + "> backend-engineer 2028-06-15 " + "calendar de-by");

        assertThat(answer).contains("Enrolled <@" + HIRE + ">").doesNotContain("lists no holidays");
        assertThat(harness.releaseDueItems()).isZero();
        assertThat(harness.postsTo("DHIRE")).isEmpty();
        assertThat(harness.bot()
                        .components()
                        .progress()
                        .itemsOf(harness.hireOf(HIRE).orElseThrow().id()))
                .isNotEmpty()
                .allSatisfy(item -> assertThat(item.releaseAt())
                        .as("released on a working day")
                        .isAfterOrEqualTo(Instant.parse("2028-06-16T07:00:00Z")));

        harness.clock.advance(Duration.ofDays(1)); // Friday, 10:00 in Munich
        harness.releaseDueItems();

        assertThat(harness.awaitMessagesTo("DHIRE", 1)).isNotEmpty();
        assertThat(harness.postsTo("DHIRE"))
                .allSatisfy(post -> assertThat(post.at()).isAfterOrEqualTo(Instant.parse("2028-06-16T07:00:00Z")));
    }

    @Test
    void enrollingOnACalendarOfTypedDatesThatEndBeforeTheProgrammeWarnsInTheAnswer() throws IOException {
        Path calendars = Files.createDirectories(directory.resolve("calendars"));
        Files.writeString(calendars.resolve("office.yaml"), """
        id: office
        name: An office that typed its holidays for 2027 only
        workingDays: [monday, tuesday, wednesday, thursday, friday]
        holidays:
          - {date: 2027-12-24, name: Christmas Eve}
        """);
        harness = new BotHarness(directory, CORPUS_CHRISTI_TEN_MUNICH, Map.of("CALENDARS_DIR", calendars.toString()));

        String answer = harness.enrol(
                ADMIN, "start <@" + HIRE + "> <@" + MANAGER + "> backend-engineer 2028-06-15 " + "calendar office");

        assertThat(answer).contains("Enrolled <@" + HIRE + ">", "Calendar `office` lists no holidays for 2028");
    }
}
