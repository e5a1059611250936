package dev.onboardingbuddy.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.OutboundMessage;
import dev.onboardingbuddy.notification.Outbox;
import dev.onboardingbuddy.notification.OutboxStatus;
import dev.onboardingbuddy.notification.Recipient;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Outbox} deletes when old records are pruned; subclasses supply the implementation under test. */
public abstract class OutboxPurgeContract {

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

    private void sendNext(Instant at) {
        outbox.markSent(outbox.claimDue(at, 1, "a", LEASE).get(0).id(), "D1/" + at.getEpochSecond(), at);
    }

    @Test
    void purgingDeletesOnlyMessagesSentBeforeTheCutoff() {
        Instant cutoff = NOW.plus(Duration.ofDays(30));
        enqueue("sent-long-ago");
        sendNext(NOW);
        enqueue("sent-at-cutoff");
        sendNext(cutoff);
        enqueue("failed");
        outbox.markFailed(outbox.claimDue(NOW, 1, "a", LEASE).get(0).id(), "channel_not_found", NOW);
        enqueue("held");
        outbox.holdFor(HIRE);
        enqueue("pending");

        assertThat(outbox.purgeSentBefore(cutoff)).isEqualTo(1);

        assertThat(outbox.find("sent-long-ago")).isEmpty();
        assertThat(outbox.find("sent-at-cutoff")).map(entry -> entry.status()).contains(OutboxStatus.SENT);
        assertThat(outbox.find("failed")).map(entry -> entry.status()).contains(OutboxStatus.FAILED);
        assertThat(outbox.find("held")).map(entry -> entry.status()).contains(OutboxStatus.HELD);
        assertThat(outbox.find("pending")).map(entry -> entry.status()).contains(OutboxStatus.PENDING);
        assertThat(outbox.purgeSentBefore(cutoff)).as("nothing left to purge").isZero();
    }
}
