package dev.onboardingbuddy.app;

import static dev.onboardingbuddy.app.BotHarness.HIRE;
import static dev.onboardingbuddy.app.BotHarness.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.onboardingbuddy.slack.testkit.RecordedCall;
import dev.onboardingbuddy.slack.testkit.RecordedMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slack failing to take a reply: the bot retries from its outbox on the clock the test moves, and the hire sees the
 * reply exactly once.
 */
class SlackFailureEndToEndTest {
    private static final Instant MONDAY_TEN_BERLIN = Instant.parse("2026-12-07T09:00:00Z");

    @TempDir
    Path directory;

    BotHarness harness;

    @BeforeEach
    void start() {
        harness = new BotHarness(directory, MONDAY_TEN_BERLIN);
        harness.enrolled(HIRE, MANAGER, "2026-12-07");
        harness.awaitMessagesTo("DHIRE", 2);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    /** Moves the clock a second at a time until the reply is in Slack, so every backoff comes due in turn. */
    private List<RecordedCall> awaitDelivered(String eventId) {
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    harness.clock.advance(Duration.ofSeconds(1));
                    return delivered(eventId).size() == 1;
                });
        return harness.repliesTo(eventId);
    }

    private List<RecordedMessage> delivered(String eventId) {
        String text = harness.repliesTo(eventId).stream()
                .findFirst()
                .map(call -> call.param("text"))
                .orElse(null);
        return harness.slack.messagesTo("DHIRE").stream()
                .filter(message -> message.text().equals(text))
                .toList();
    }

    @Test
    void aReplyThatSlackRefusesTwiceWith500IsDeliveredExactlyOnce() {
        harness.slack.failNext("chat.postMessage", 2, 500);
        String eventId = harness.nextEventId();

        assertThat(harness.requests()
                        .send(harness.requests().event(harness.dmEvent(HIRE, "done 1", null, eventId)))
                        .status())
                .isEqualTo(200);

        List<RecordedCall> attempts = awaitDelivered(eventId);
        assertThat(attempts).hasSize(3);
        assertThat(delivered(eventId))
                .singleElement()
                .extracting(RecordedMessage::text)
                .asString()
                .contains("Done: 1. Complete IT setup");
        harness.say(HIRE, "help");
        assertThat(harness.repliesTo(eventId)).hasSize(3);
        assertThat(harness.doneCount(MANAGER, HIRE)).isEqualTo(1);
    }

    @Test
    void aReplyRateLimitedWithRetryAfterIsSentOnceAfterTheWait() {
        harness.slack.rateLimitNext("chat.postMessage", 1, 1);
        String eventId = harness.nextEventId();

        assertThat(harness.requests()
                        .send(harness.requests().event(harness.dmEvent(HIRE, "list", null, eventId)))
                        .status())
                .isEqualTo(200);

        List<RecordedCall> attempts = awaitDelivered(eventId);
        assertThat(attempts).hasSize(2);
        assertThat(Duration.between(attempts.get(0).at(), attempts.get(1).at()))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(delivered(eventId))
                .singleElement()
                .extracting(RecordedMessage::text)
                .asString()
                .startsWith("Your open items:");
        harness.say(HIRE, "help");
        assertThat(harness.repliesTo(eventId)).hasSize(2);
    }
}
