package dev.onboardingbuddy.app;

import static dev.onboardingbuddy.app.BotHarness.HIRE;
import static dev.onboardingbuddy.app.BotHarness.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.onboardingbuddy.notification.OutboxEntry;
import dev.onboardingbuddy.notification.OutboxStatus;
import dev.onboardingbuddy.slack.testkit.RecordedMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sends whose outcome the bot cannot know: Slack timed out or answered 5xx, perhaps after posting. The next try looks
 * for the message (conversations.history) before posting again, so the hire sees it exactly once either way.
 */
class UncertainSendsEndToEndTest {
    private static final Instant MONDAY_TEN_BERLIN = Instant.parse("2026-12-07T09:00:00Z");

    @TempDir
    Path directory;

    BotHarness harness;

    @BeforeEach
    void start() {
        harness = new BotHarness(directory, MONDAY_TEN_BERLIN, Map.of("SLACK_API_TIMEOUT_MS", "500"));
        harness.enrolled(HIRE, MANAGER, "2026-12-07");
        harness.awaitMessagesTo("DHIRE", 2);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private String sendDone() {
        String eventId = harness.nextEventId();
        assertThat(harness.requests()
                        .send(harness.requests().event(harness.dmEvent(HIRE, "done 1", null, eventId)))
                        .status())
                .isEqualTo(200);
        return eventId;
    }

    /** Moves the clock a second at a time until the reply's outbox entry is recorded as sent. */
    private OutboxEntry awaitRecordedSent(String eventId) {
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    harness.clock.advance(Duration.ofSeconds(1));
                    return harness.bot()
                            .components()
                            .outbox()
                            .find("reply:" + eventId)
                            .filter(entry -> entry.status() == OutboxStatus.SENT)
                            .isPresent();
                });
        return harness.bot().components().outbox().find("reply:" + eventId).orElseThrow();
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
    void aSendThatTimedOutAfterSlackPostedItIsFoundAndNotPostedAgain() {
        harness.slack.doThenStallNext("chat.postMessage", 1, Duration.ofMillis(1500));
        int historyBefore = harness.slack.calls("conversations.history").size();

        String eventId = sendDone();
        OutboxEntry entry = awaitRecordedSent(eventId);

        assertThat(harness.repliesTo(eventId)).as("chat.postMessage calls").hasSize(1);
        assertThat(delivered(eventId))
                .singleElement()
                .extracting(RecordedMessage::text)
                .asString()
                .contains("Done: 1. Complete IT setup");
        assertThat(entry.deliveryRef())
                .contains("DHIRE/" + delivered(eventId).get(0).ts());
        assertThat(harness.slack.calls("conversations.history")).hasSizeGreaterThan(historyBefore);
    }

    @Test
    void a500AfterWhichSlackHadPostedNothingIsPostedOnce() {
        harness.slack.failNext("chat.postMessage", 1, 500);
        int historyBefore = harness.slack.calls("conversations.history").size();

        String eventId = sendDone();
        awaitRecordedSent(eventId);

        assertThat(harness.repliesTo(eventId))
                .as("chat.postMessage calls: the failed one and the retry")
                .hasSize(2);
        assertThat(delivered(eventId)).hasSize(1);
        assertThat(harness.slack.calls("conversations.history"))
                .as("looked before posting again")
                .hasSizeGreaterThan(historyBefore);
    }

    @Test
    void a500AfterWhichSlackHadPostedTheMessageIsNotPostedAgain() {
        harness.slack.doThenFailNext("chat.postMessage", 1, 500);

        String eventId = sendDone();
        awaitRecordedSent(eventId);

        assertThat(harness.repliesTo(eventId)).hasSize(1);
        assertThat(delivered(eventId)).hasSize(1);
    }

    @Test
    void a429SentNothingSoTheRetryPostsWithoutLooking() {
        harness.slack.rateLimitNext("chat.postMessage", 1, 1);
        int historyBefore = harness.slack.calls("conversations.history").size();

        String eventId = sendDone();
        awaitRecordedSent(eventId);

        assertThat(harness.repliesTo(eventId)).hasSize(2);
        assertThat(delivered(eventId)).hasSize(1);
        assertThat(harness.slack.calls("conversations.history")).hasSize(historyBefore);
    }
}
