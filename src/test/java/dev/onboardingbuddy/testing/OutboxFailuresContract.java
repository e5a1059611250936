package dev.onboardingbuddy.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.FailedSend;
import dev.onboardingbuddy.notification.OutboundMessage;
import dev.onboardingbuddy.notification.Outbox;
import dev.onboardingbuddy.notification.Recipient;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which given-up messages every {@link Outbox} reports to admins; subclasses supply the implementation under test. */
public abstract class OutboxFailuresContract {

    private static final Instant NOW = Instant.parse("2025-03-10T08:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final HireId HIRE = new HireId("hire-anna");

    private Outbox outbox;

    /** A new, empty outbox; called before each test. */
    protected abstract Outbox newOutbox();

    @BeforeEach
    void createOutbox() {
        outbox = newOutbox();
    }

    private void enqueue(String key) {
        outbox.enqueue(
                new OutboundMessage(
                        key,
                        new Recipient.DirectMessage(ChatUserId.slack("U1")),
                        ChatMessage.plain("Hello, " + key),
                        NOW,
                        Optional.of(HIRE)),
                NOW);
    }

    private void failNext(String error, Instant at) {
        outbox.markFailed(outbox.claimDue(NOW, 1, "a", LEASE).get(0).id(), error, at);
    }

    @Test
    void failedSendsAreListedNewestFirstWithRecipientErrorAndTime() {
        enqueue("first");
        failNext("channel_not_found", NOW.plusSeconds(60));
        enqueue("second");
        failNext("not_in_channel", NOW.plusSeconds(120));

        assertThat(outbox.failedSince(NOW, 10))
                .containsExactly(
                        new FailedSend(
                                "second",
                                new Recipient.DirectMessage(ChatUserId.slack("U1")),
                                "not_in_channel",
                                NOW.plusSeconds(120)),
                        new FailedSend(
                                "first",
                                new Recipient.DirectMessage(ChatUserId.slack("U1")),
                                "channel_not_found",
                                NOW.plusSeconds(60)));
        assertThat(outbox.countFailedSince(NOW)).isEqualTo(2);
    }

    @Test
    void theLimitKeepsTheNewestAndTheCountStillCountsAll() {
        for (int i = 0; i < 4; i++) {
            enqueue("m" + i);
            failNext("error " + i, NOW.plusSeconds(i));
        }

        assertThat(outbox.failedSince(NOW, 2))
                .extracting(FailedSend::idempotencyKey)
                .containsExactly("m3", "m2");
        assertThat(outbox.countFailedSince(NOW)).isEqualTo(4);
    }

    @Test
    void olderFailuresPendingSentAndCancelledMessagesAreLeftOut() {
        enqueue("long-ago");
        failNext("channel_not_found", NOW.minusSeconds(1));
        enqueue("sent");
        outbox.markSent(outbox.claimDue(NOW, 1, "a", LEASE).get(0).id(), "D1/1", NOW);
        enqueue("pending");
        outbox.cancelFor(HIRE, NOW.plusSeconds(5));
        enqueue("still-pending");

        assertThat(outbox.failedSince(NOW, 10)).isEmpty();
        assertThat(outbox.countFailedSince(NOW)).isZero();
        assertThat(outbox.countFailedSince(NOW.minusSeconds(1))).isEqualTo(1);
    }
}
