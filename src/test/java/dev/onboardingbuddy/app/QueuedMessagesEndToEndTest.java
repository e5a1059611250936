package dev.onboardingbuddy.app;

import static dev.onboardingbuddy.app.BotHarness.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.onboardingbuddy.notification.OutboxStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messages already queued for a hire follow the enrolment: an evening enrolment waits for the morning, and pausing
 * or cancelling before then holds or drops what was waiting.
 */
class QueuedMessagesEndToEndTest {
    // Monday 7 December 2026, 19:00 in Berlin: after quiet hours, so releases wait for 08:00 on Tuesday
    private static final Instant MONDAY_EVENING_BERLIN = Instant.parse("2026-12-07T18:00:00Z");
    private static final Instant TUESDAY_MORNING_BERLIN = Instant.parse("2026-12-08T07:30:00Z");

    @TempDir
    Path directory;

    BotHarness harness;

    @BeforeEach
    void start() {
        harness = new BotHarness(directory, MONDAY_EVENING_BERLIN);
    }

    @AfterEach
    void stop() {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void anEveningEnrolmentSendsNothingBeforeTheMorning() {
        harness.enrol(ADMIN, "start <@UHIRE|h> <@UMGR|m> backend-engineer 2026-12-07");
        harness.bot().components().dispatcher().dispatch(50);
        assertThat(harness.postsTo("DHIRE")).isEmpty();

        harness.clock.advance(Duration.ofHours(14)); // 09:00 on Tuesday
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !harness.postsTo("DHIRE").isEmpty());
    }

    @Test
    void aCancelledEnrolmentDropsTheMessagesThatWereWaitingForTheMorning() {
        String weekOne =
                "release:" + harness.enrolled("UHIRE", "UMGR", "2026-12-07").id() + ":week-1:1";
        assertThat(harness.commandText(ADMIN, "cancel <@UHIRE>")).contains("Cancelled");

        harness.clock.set(TUESDAY_MORNING_BERLIN.plus(Duration.ofHours(2)));
        harness.bot().components().dispatcher().dispatch(50);

        assertThat(harness.bot().components().outbox().find(weekOne))
                .get()
                .satisfies(entry -> assertThat(entry.status()).isEqualTo(OutboxStatus.FAILED))
                .satisfies(entry -> assertThat(entry.lastError()).contains("enrolment cancelled"));
        assertThat(harness.postsTo("DHIRE")).isEmpty();
    }

    @Test
    void aPausedEnrolmentHoldsItsWaitingMessagesUntilItIsResumed() {
        String weekOne =
                "release:" + harness.enrolled("UHIRE", "UMGR", "2026-12-07").id() + ":week-1:1";
        harness.commandText(ADMIN, "pause <@UHIRE>");

        harness.clock.set(TUESDAY_MORNING_BERLIN.plus(Duration.ofHours(2)));
        harness.bot().components().dispatcher().dispatch(50);
        assertThat(harness.bot().components().outbox().find(weekOne))
                .get()
                .satisfies(entry -> assertThat(entry.status()).isEqualTo(OutboxStatus.HELD));
        assertThat(harness.postsTo("DHIRE")).isEmpty();

        harness.commandText(ADMIN, "resume <@UHIRE>");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> harness.slack.messagesTo("DHIRE").stream()
                        .anyMatch(message -> message.text().startsWith("Week 1")));
        assertThat(harness.slack.messagesTo("DHIRE"))
                .as("the held week-1 message goes out once")
                .filteredOn(message -> message.text().startsWith("Week 1"))
                .hasSize(1);
    }
}
