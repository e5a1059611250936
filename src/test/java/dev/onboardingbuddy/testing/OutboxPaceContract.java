package dev.onboardingbuddy.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.OutboundMessage;
import dev.onboardingbuddy.notification.Outbox;
import dev.onboardingbuddy.notification.OutboxEntry;
import dev.onboardingbuddy.notification.Priority;
import dev.onboardingbuddy.notification.Recipient;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Outbox} does for paced, parallel senders: claims go by priority, then age; a deferred entry costs
 * no attempt; a sender's heartbeat renews only leases it still holds. Subclasses supply the implementation.
 */
public abstract class OutboxPaceContract {

    private static final Instant NOW = Instant.parse("2025-03-10T08:00:00Z");
    private static final Duration LEASE = Duration.ofSeconds(15);

    private Outbox outbox;

    /** A new, empty outbox; called before each test. */
    protected abstract Outbox newOutbox();

    @BeforeEach
    void createOutbox() {
        outbox = newOutbox();
    }

    private void enqueue(String key, Instant at) {
        outbox.enqueue(
                new OutboundMessage(
                        key, new Recipient.DirectMessage(ChatUserId.slack("U1")), ChatMessage.plain("Hello"), at),
                at);
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
    void anAnswerQueuedAfterFiftyReleasesIsClaimedFirstThenReleasesThenReminders() {
        enqueue("reminder:h1:a", NOW);
        IntStream.range(0, 50).forEach(n -> enqueue("release:h" + n + ":week-1:1", NOW.plusSeconds(1 + n)));
        enqueue("reply:slack:Ev1", NOW.plusSeconds(60));

        List<String> order = outbox.claimDue(NOW.plusSeconds(60), 100, "a", LEASE).stream()
                .map(entry -> entry.message().idempotencyKey())
                .toList();

        assertThat(order).hasSize(52);
        assertThat(order.get(0)).isEqualTo("reply:slack:Ev1");
        assertThat(order.subList(1, 51)).allMatch(key -> key.startsWith("release:"));
        assertThat(order.subList(1, 51))
                .isSortedAccordingTo(Comparator.comparingInt(key -> Integer.parseInt(key.split(":")[1].substring(1))));
        assertThat(order.get(51)).isEqualTo("reminder:h1:a");
    }

    @Test
    void everyHiresFirstReleaseIsClaimedBeforeAnySecondOneAndTheFollowUpsBeforeReminders() {
        enqueue("reminder:h0:a", NOW);
        for (int n = 0; n < 3; n++) {
            Instant at = NOW.plusSeconds(1 + n);
            enqueue("release:h" + n + ":week-1:1", at);
            outbox.enqueue(
                    new OutboundMessage(
                                    "release:h" + n + ":relationships:11",
                                    new Recipient.DirectMessage(ChatUserId.slack("U1")),
                                    ChatMessage.plain("Hello"),
                                    at)
                            .withPriority(Priority.FOLLOW_UP),
                    at);
        }

        List<String> order = outbox.claimDue(NOW.plusSeconds(60), 100, "a", LEASE).stream()
                .map(entry -> entry.message().idempotencyKey())
                .toList();

        assertThat(order)
                .containsExactly(
                        "release:h0:week-1:1",
                        "release:h1:week-1:1",
                        "release:h2:week-1:1",
                        "release:h0:relationships:11",
                        "release:h1:relationships:11",
                        "release:h2:relationships:11",
                        "reminder:h0:a");
        assertThat(stored("release:h1:relationships:11").message().priority())
                .as("kept as stored")
                .isEqualTo(Priority.FOLLOW_UP);
    }

    @Test
    void aDeferredEntryCostsNoAttemptAndIsClaimableAgainAtItsNewTimeNotInterrupted() {
        enqueue("m", NOW);
        OutboxEntry claimed = claimOne(NOW, "a");

        outbox.defer(claimed.id(), "a", NOW.plusSeconds(2), false);

        assertThat(stored("m").attempts()).isZero();
        assertThat(stored("m").nextAttemptAt()).isEqualTo(NOW.plusSeconds(2));
        assertThat(outbox.claimDue(NOW.plusSeconds(1), 10, "b", LEASE))
                .as("not before its new time")
                .isEmpty();
        OutboxEntry again = claimOne(NOW.plusSeconds(2), "b");
        assertThat(again.attempts()).isEqualTo(1);
        assertThat(again.mayBeSentAlready()).isFalse();
    }

    @Test
    void aDeferredEntryThatMayHaveBeenSentKeepsSayingSo() {
        enqueue("m", NOW);
        claimOne(NOW, "a");
        OutboxEntry interrupted = claimOne(NOW.plus(LEASE), "b");
        assertThat(interrupted.interrupted()).isTrue();

        outbox.defer(interrupted.id(), "b", NOW.plus(LEASE).plusSeconds(1), true);

        OutboxEntry again = claimOne(NOW.plus(LEASE).plusSeconds(1), "c");
        assertThat(again.mayBeSentAlready()).isTrue();
        assertThat(again.attempts())
                .as("the dead claim counted; the deferred one did not")
                .isEqualTo(2);
    }

    @Test
    void onlyTheOwnerOfTheClaimDefersIt() {
        enqueue("m", NOW);
        claimOne(NOW, "a");
        OutboxEntry takenOver = claimOne(NOW.plus(LEASE), "b");

        outbox.defer(takenOver.id(), "a", NOW.plus(LEASE).plusSeconds(30), false);

        assertThat(stored("m").attempts()).isEqualTo(2);
        assertThat(outbox.claimDue(NOW.plus(LEASE).plusSeconds(1), 10, "c", LEASE))
                .as("still b's")
                .isEmpty();
    }

    @Test
    void aHeartbeatKeepsALeaseThatWouldHaveRunOut() {
        enqueue("m", NOW);
        long id = claimOne(NOW, "a").id();

        assertThat(outbox.renew(List.of(id), "a", NOW.plusSeconds(10).plus(LEASE)))
                .containsExactly(id);

        assertThat(outbox.claimDue(NOW.plus(LEASE), 10, "b", LEASE))
                .as("renewed")
                .isEmpty();
        assertThat(claimOne(NOW.plusSeconds(10).plus(LEASE), "b").interrupted()).isTrue();
    }

    @Test
    void aHeartbeatRenewsNothingTakenOverRecordedOrNeverClaimed() {
        enqueue("taken", NOW);
        enqueue("sent", NOW);
        enqueue("waiting", NOW);
        long taken = claimOne(NOW, "a").id();
        long sent = claimOne(NOW, "a").id();
        outbox.markSent(sent, "C1/1", NOW);
        claimOne(NOW.plus(LEASE), "b");

        assertThat(outbox.renew(
                        List.of(taken, sent, stored("waiting").id()),
                        "a",
                        NOW.plus(LEASE).plus(LEASE)))
                .isEmpty();
        assertThat(outbox.renew(List.of(), "a", NOW)).isEmpty();
    }
}
