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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Outbox} does with the messages of one enrolment when it is paused, resumed or cancelled;
 * subclasses supply the implementation under test.
 */
public abstract class OutboxHoldContract {

    private static final Instant NOW = Instant.parse("2025-03-10T08:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final HireId ANNA = new HireId("hire-anna");
    private static final HireId BEN = new HireId("hire-ben");

    private Outbox outbox;

    /** A new, empty outbox; called before each test. */
    protected abstract Outbox newOutbox();

    @BeforeEach
    void createOutbox() {
        outbox = newOutbox();
    }

    private void enqueue(String key, Optional<HireId> hire, Instant notBefore) {
        outbox.enqueue(
                new OutboundMessage(
                        key,
                        new Recipient.DirectMessage(ChatUserId.slack("U1")),
                        ChatMessage.plain("Hello, " + key),
                        notBefore,
                        hire),
                NOW);
    }

    private void enqueue(String key, HireId hire) {
        enqueue(key, Optional.of(hire), NOW);
    }

    private List<String> claimKeys(Instant now) {
        return outbox.claimDue(now, 10, "a", LEASE).stream()
                .map(entry -> entry.message().idempotencyKey())
                .toList();
    }

    private OutboxEntry stored(String key) {
        return outbox.find(key).orElseThrow();
    }

    @Test
    void aMessageKeepsTheEnrolmentItBelongsTo() {
        enqueue("release:anna", ANNA);
        enqueue("alert", Optional.empty(), NOW);
        assertThat(stored("release:anna").message().hire()).contains(ANNA);
        assertThat(stored("alert").message().hire()).isEmpty();
    }

    @Test
    void aMessageToSomeoneWhoLeftIsHeldWithItsReasonUntilItsHireResumes() {
        enqueue("release:anna", ANNA);
        long id = outbox.claimDue(NOW, 10, "a", LEASE).get(0).id();

        outbox.markHeld(id, "chat.postMessage failed: account_inactive");

        assertThat(stored("release:anna").status()).isEqualTo(OutboxStatus.HELD);
        assertThat(stored("release:anna").lastError()).contains("chat.postMessage failed: account_inactive");
        assertThat(claimKeys(NOW.plus(Duration.ofDays(30)))).isEmpty();
        outbox.resumeFor(ANNA, NOW.plus(Duration.ofDays(31)));
        assertThat(claimKeys(NOW.plus(Duration.ofDays(31)))).containsExactly("release:anna");
    }

    @Test
    void theHeldMessagesOfAPausedHireAreNeverClaimedWhileOthersAre() {
        enqueue("release:anna", ANNA);
        enqueue("release:ben", BEN);
        enqueue("alert", Optional.empty(), NOW);

        outbox.holdFor(ANNA);

        assertThat(stored("release:anna").status()).isEqualTo(OutboxStatus.HELD);
        assertThat(outbox.pendingCount()).as("held is not pending").isEqualTo(2);
        assertThat(claimKeys(NOW.plus(Duration.ofDays(30)))).containsExactly("release:ben", "alert");
        assertThat(claimKeys(NOW.plus(Duration.ofDays(60)))).doesNotContain("release:anna");
    }

    @Test
    void resumingMakesHeldMessagesPendingAndDueAtOnce() {
        enqueue("release:anna", ANNA);
        long id = outbox.claimDue(NOW, 10, "a", LEASE).get(0).id();
        outbox.markRetry(id, NOW.plus(Duration.ofHours(1)), "rate_limited");
        outbox.holdFor(ANNA);

        Instant resumedAt = NOW.plusSeconds(60);
        outbox.resumeFor(ANNA, resumedAt);

        assertThat(stored("release:anna").status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(stored("release:anna").nextAttemptAt()).isEqualTo(resumedAt);
        assertThat(claimKeys(resumedAt)).containsExactly("release:anna");
    }

    @Test
    void resumingStillWaitsForAMessagesNotBefore() {
        Instant nineTomorrow = NOW.plus(Duration.ofHours(25));
        enqueue("release:anna", Optional.of(ANNA), nineTomorrow);
        outbox.holdFor(ANNA);

        outbox.resumeFor(ANNA, NOW);

        assertThat(claimKeys(NOW)).isEmpty();
        assertThat(claimKeys(nineTomorrow)).containsExactly("release:anna");
    }

    @Test
    void aMessageInFlightWhenItsHireIsPausedAndResumedIsNotClaimedAgainDuringItsLease() {
        enqueue("release:anna", ANNA);
        assertThat(claimKeys(NOW)).containsExactly("release:anna");

        outbox.holdFor(ANNA);
        outbox.resumeFor(ANNA, NOW.plusSeconds(1));

        assertThat(claimKeys(NOW.plusSeconds(1))).isEmpty();
    }

    @Test
    void aMessageSentWhileItsHireWasPausedIsRecordedAsSent() {
        enqueue("release:anna", ANNA);
        long id = outbox.claimDue(NOW, 10, "a", LEASE).get(0).id();
        outbox.holdFor(ANNA);

        outbox.markSent(id, "D1/1741593600.000100", NOW.plusSeconds(1));

        assertThat(stored("release:anna").status()).isEqualTo(OutboxStatus.SENT);
        assertThat(stored("release:anna").deliveryRef()).contains("D1/1741593600.000100");
    }

    @Test
    void cancellingGivesUpThePendingAndHeldMessagesOfThatHireOnly() {
        enqueue("welcome:anna", ANNA);
        outbox.markSent(outbox.claimDue(NOW, 10, "a", LEASE).get(0).id(), "ref", NOW);
        enqueue("held:anna", ANNA);
        outbox.holdFor(ANNA);
        enqueue("pending:anna", ANNA);
        enqueue("pending:ben", BEN);

        assertThat(outbox.cancelFor(ANNA, NOW.plusSeconds(5))).isEqualTo(2);

        for (String key : List.of("held:anna", "pending:anna")) {
            assertThat(stored(key).status()).as(key).isEqualTo(OutboxStatus.FAILED);
            assertThat(stored(key).lastError()).as(key).contains("enrolment cancelled");
        }
        assertThat(stored("welcome:anna").status()).isEqualTo(OutboxStatus.SENT);
        assertThat(stored("pending:ben").status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(claimKeys(NOW.plus(Duration.ofDays(1)))).containsExactly("pending:ben");
        assertThat(outbox.cancelFor(ANNA, NOW.plusSeconds(6)))
                .as("nothing left to give up")
                .isZero();
    }
}
