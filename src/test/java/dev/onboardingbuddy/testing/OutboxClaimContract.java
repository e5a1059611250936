package dev.onboardingbuddy.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.OutboundMessage;
import dev.onboardingbuddy.notification.Outbox;
import dev.onboardingbuddy.notification.OutboxEntry;
import dev.onboardingbuddy.notification.OutboxStatus;
import dev.onboardingbuddy.notification.Recipient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Outbox} remembers about claims: a claim given back untried costs no attempt, and a claim that
 * ended without any record makes the next one interrupted; subclasses supply the implementation under test.
 */
public abstract class OutboxClaimContract {

    private static final Instant NOW = Instant.parse("2025-03-10T08:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);

    private Outbox outbox;

    /** A new, empty outbox; called before each test. */
    protected abstract Outbox newOutbox();

    @BeforeEach
    void createOutbox() {
        outbox = newOutbox();
    }

    private void enqueue(String... keys) {
        for (String key : keys) {
            outbox.enqueue(
                    new OutboundMessage(
                            key,
                            new Recipient.DirectMessage(ChatUserId.slack("U1")),
                            ChatMessage.plain("Hello, " + key),
                            NOW),
                    NOW);
        }
    }

    private OutboxEntry claimOne(Instant now, String owner) {
        List<OutboxEntry> claimed = outbox.claimDue(now, 1, owner, LEASE);
        assertThat(claimed).hasSize(1);
        return claimed.get(0);
    }

    private OutboxEntry stored(String key) {
        return outbox.find(key).orElseThrow();
    }

    @Test
    void aClaimLeavesOutTheConversationsStillBeingSent() {
        for (String user : List.of("U1", "U2", "U3")) {
            outbox.enqueue(
                    new OutboundMessage(
                            "to-" + user,
                            new Recipient.DirectMessage(ChatUserId.slack(user)),
                            ChatMessage.plain("Hello"),
                            NOW),
                    NOW);
        }
        String busy = new Recipient.DirectMessage(ChatUserId.slack("U2")).address();

        List<OutboxEntry> claimed = outbox.claimDue(NOW, 10, "a", LEASE, Set.of(busy));

        assertThat(claimed)
                .extracting(entry -> entry.message().idempotencyKey())
                .containsExactly("to-U1", "to-U3");
        assertThat(outbox.claimDue(NOW, 10, "b", LEASE))
                .extracting(entry -> entry.message().idempotencyKey())
                .as("once it is not busy any more")
                .containsExactly("to-U2");
    }

    @Test
    void anEntryGivenBackUntriedIsClaimableAtOnceAndItsClaimCostNoAttempt() {
        enqueue("m");
        long id = claimOne(NOW, "a").id();

        outbox.unclaim(List.of(id));

        assertThat(stored("m").attempts()).isZero();
        assertThat(claimOne(NOW.plusSeconds(1), "b").attempts()).isEqualTo(1);
    }

    @Test
    void givingBackLeavesSentFailedRetriedAndNeverClaimedEntriesAlone() {
        enqueue("sent", "failed", "retried", "waiting");
        long sent = claimOne(NOW, "a").id();
        outbox.markSent(sent, "ref", NOW);
        long failed = claimOne(NOW, "a").id();
        outbox.markFailed(failed, "channel_not_found", NOW);
        long retried = claimOne(NOW, "a").id();
        outbox.markRetry(retried, NOW.plusSeconds(30), "rate_limited");
        long waiting = stored("waiting").id();

        outbox.unclaim(List.of(sent, failed, retried, waiting));

        assertThat(List.of("sent", "failed", "retried"))
                .allSatisfy(key -> assertThat(stored(key).attempts()).as(key).isEqualTo(1));
        assertThat(stored("waiting").attempts()).isZero();
        assertThat(stored("sent").status()).isEqualTo(OutboxStatus.SENT);
        assertThat(stored("failed").status()).isEqualTo(OutboxStatus.FAILED);
    }

    @Test
    void givingBackNothingChangesNothing() {
        enqueue("m");
        claimOne(NOW, "a");

        outbox.unclaim(List.of());

        assertThat(stored("m").attempts()).isEqualTo(1);
        assertThat(outbox.claimDue(NOW.plusSeconds(1), 10, "b", LEASE))
                .as("still leased")
                .isEmpty();
    }

    @Test
    void aFirstClaimIsNotInterrupted() {
        enqueue("m");
        assertThat(claimOne(NOW, "a").interrupted()).isFalse();
    }

    @Test
    void aClaimAfterOneThatRecordedNothingIsInterrupted() {
        enqueue("m");
        claimOne(NOW, "a");

        OutboxEntry again = claimOne(NOW.plus(LEASE), "b");

        assertThat(again.interrupted()).isTrue();
        assertThat(stored("m").interrupted()).as("only a claim says so").isFalse();
    }

    @Test
    void aClaimAfterARecordedRetryIsNotInterrupted() {
        enqueue("m");
        outbox.markRetry(claimOne(NOW, "a").id(), NOW.plusSeconds(30), "internal_error");

        assertThat(claimOne(NOW.plusSeconds(30), "b").interrupted()).isFalse();
    }

    @Test
    void aRetryWhoseOutcomeIsUnknownIsClaimedAsSuchUntilATryRecordsAKnownOutcome() {
        enqueue("m");
        outbox.markRetry(claimOne(NOW, "a").id(), NOW.plusSeconds(30), "chat.postMessage failed: HTTP 500", true);

        OutboxEntry again = claimOne(NOW.plusSeconds(30), "b");
        assertThat(again.outcomeUnknown()).isTrue();
        assertThat(again.interrupted()).isFalse();
        assertThat(again.mayBeSentAlready()).isTrue();

        outbox.markRetry(again.id(), NOW.plusSeconds(60), "rate limited for 30s", false);
        assertThat(claimOne(NOW.plusSeconds(60), "c").mayBeSentAlready()).isFalse();
    }

    @Test
    void aClaimAfterOneGivenBackUntriedIsNotInterrupted() {
        enqueue("m");
        outbox.unclaim(List.of(claimOne(NOW, "a").id()));

        assertThat(claimOne(NOW, "b").interrupted()).isFalse();
    }

    @Test
    void aMessageWhoseDispatcherDiedWhileItsHireWasPausedIsInterruptedAfterTheResume() {
        HireId hire = new HireId("hire-anna");
        outbox.enqueue(
                new OutboundMessage(
                        "release:anna",
                        new Recipient.DirectMessage(ChatUserId.slack("U1")),
                        ChatMessage.plain("Week 2"),
                        NOW,
                        Optional.of(hire)),
                NOW);
        claimOne(NOW, "a");
        outbox.holdFor(hire);
        outbox.resumeFor(hire, NOW.plusSeconds(1));

        assertThat(claimOne(NOW.plus(LEASE), "b").interrupted()).isTrue();
    }

    @Test
    void aClaimAfterAnInterruptedOneThatRecordedARetryIsNotInterrupted() {
        enqueue("m");
        claimOne(NOW, "a");
        outbox.markRetry(claimOne(NOW.plus(LEASE), "b").id(), NOW.plus(LEASE).plusSeconds(5), "internal_error");

        assertThat(claimOne(NOW.plus(LEASE).plusSeconds(5), "c").interrupted()).isFalse();
    }
}
