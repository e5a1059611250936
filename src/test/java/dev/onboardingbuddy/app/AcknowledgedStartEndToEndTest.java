package dev.onboardingbuddy.app;

import static dev.onboardingbuddy.app.BotHarness.ADMIN;
import static dev.onboardingbuddy.app.BotHarness.HIRE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.onboardingbuddy.conversation.StartOnboarding;
import dev.onboardingbuddy.slack.testkit.RecordedMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An acknowledged {@code start} is not lost when the process stops between the acknowledgement and the enrolment: the
 * restarted bot (same H2 file) enrols the hire and answers the person who asked, once.
 */
class AcknowledgedStartEndToEndTest {
    private static final Instant MONDAY_TEN_BERLIN = Instant.parse("2026-12-07T09:00:00Z");

    @TempDir
    Path directory;

    private static List<String> answersTo(BotHarness harness, String dm) {
        return harness.slack.messagesTo(dm).stream()
                .map(RecordedMessage::text)
                .filter(text -> text.contains("Enrolled") || text.contains("already"))
                .toList();
    }

    @Test
    void aStartAcknowledgedJustBeforeTheWorkerStoppedIsEnrolledAndAnsweredOnceAfterARestart() {
        try (BotHarness harness = new BotHarness(directory, MONDAY_TEN_BERLIN)) {
            // from here on every piece of work after an acknowledgement is dropped: the worker "dies" after the ack
            harness.withBackground(pool -> work -> {}).restart();

            String ack = harness.commandText(ADMIN, "start <@UHIRE|hire> <@UMGR|boss> backend-engineer 2026-12-07");

            assertThat(ack).startsWith("Enrolling");
            assertThat(harness.hireOf(HIRE)).as("the worker never ran").isEmpty();

            harness.withBackground(UnaryOperator.identity());
            harness.clock.advance(StartOnboarding.WORK_CLAIM);
            harness.restart();

            await().atMost(Duration.ofSeconds(20))
                    .until(() -> harness.hireOf(HIRE).isPresent()
                            && !answersTo(harness, "DADMIN").isEmpty());
            assertThat(answersTo(harness, "DADMIN")).singleElement().asString().contains("Enrolled <@UHIRE>");
            assertThat(harness.responses())
                    .as("the response_url belonged to the dead worker")
                    .isEmpty();

            harness.clock.advance(StartOnboarding.WORK_CLAIM);
            harness.restart();
            await().during(Duration.ofSeconds(2))
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> answersTo(harness, "DADMIN").size() == 1);
            assertThat(harness.hireOf(HIRE)).isPresent();
        }
    }
}
