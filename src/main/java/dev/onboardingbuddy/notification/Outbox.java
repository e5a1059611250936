package dev.onboardingbuddy.notification;

import dev.onboardingbuddy.enrollment.HireId;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The persistent queue of outgoing messages. Implementations are thread-safe and safe across processes: a claimed
 * entry is invisible to other claimers until its lease ends, so two dispatchers never send the same row at once.
 */
public interface Outbox {

    /**
     * Queues a message unless one with the same idempotency key exists.
     *
     * @return true if queued, false if the key was already there (nothing changes)
     */
    boolean enqueue(OutboundMessage message, Instant now);

    /**
     * Claims up to {@code limit} pending entries due at {@code now}, by {@link Priority} and within one priority oldest
     * first, leasing them to {@code owner}, and
     * counts the claim as an attempt. An entry whose previous claim recorded nothing comes back
     * {@linkplain OutboxEntry#interrupted() interrupted}: it may have been sent by a dispatcher that died before
     * recording it.
     */
    default List<OutboxEntry> claimDue(Instant now, int limit, String owner, Duration lease) {
        return claimDue(now, limit, owner, lease, Set.of());
    }

    /**
     * Like {@link #claimDue(Instant, int, String, Duration)}, leaving out entries to the addresses in {@code busy}: their
     * conversations still have claimed messages being sent, and a message claimed beside them could overtake them.
     */
    default List<OutboxEntry> claimDue(Instant now, int limit, String owner, Duration lease, Set<String> busy) {
        return claimDue(now, limit, owner, lease, busy, Integer.MAX_VALUE);
    }

    /**
     * How many due entries, per entry asked for, a claim with a cap per conversation looks at: enough that one
     * conversation's backlog at the head of the queue does not leave the claim nearly empty, few enough that a claim
     * never reads the whole backlog.
     */
    int LOOK_AHEAD = 4;

    /**
     * Like {@link #claimDue(Instant, int, String, Duration, Set)}, taking no more than {@code perConversation} entries
     * of any one conversation: more could not go before the conversation's pace makes them wait, and each would be
     * deferred again, a write each. It looks at the first {@link #LOOK_AHEAD} times {@code limit} due entries at most,
     * in claim order; those passed over stay as they were.
     */
    List<OutboxEntry> claimDue(
            Instant now, int limit, String owner, Duration lease, Set<String> busy, int perConversation);

    /**
     * Gives claimed entries that were never tried back: their lease ends now and their attempt is not counted, so
     * they are claimable at once and as if this claim never happened. Entries no longer claimed, sent or failed are
     * left alone.
     */
    void unclaim(Collection<Long> ids);

    /**
     * Gives a claimed entry back to be tried not before {@code notBefore}, such as when a platform's pace holds it back:
     * like {@link #unclaim}, the claim costs no attempt. Only while {@code owner} still holds the claim; otherwise
     * nothing changes.
     *
     * @param mayBeSentAlready an earlier try may have sent it (the claim was interrupted, or its outcome unknown): the
     *     entry keeps saying so, so that the try after the deferral looks for it first
     */
    void defer(long id, String owner, Instant notBefore, boolean mayBeSentAlready);

    /**
     * Extends to {@code until} the leases {@code owner} still holds on these entries: the heartbeat of a sender, so
     * that a short lease does not run out under a message being sent.
     *
     * @return the ids whose lease was extended; the others are no longer this owner's (recorded, or taken over)
     */
    Set<Long> renew(Collection<Long> ids, String owner, Instant until);

    void markSent(long id, String deliveryRef, Instant at);

    /**
     * Records a failed try and when to try again; releases the lease. The attempt was counted by the claim.
     *
     * @param outcomeUnknown the message may have been sent anyway: the next claim returns the entry with
     *     {@link OutboxEntry#outcomeUnknown()} set, until a try records a known outcome
     */
    void markRetry(long id, Instant nextAttemptAt, String error, boolean outcomeUnknown);

    /** Records a failed try that certainly sent nothing. */
    default void markRetry(long id, Instant nextAttemptAt, String error) {
        markRetry(id, nextAttemptAt, error, false);
    }

    void markFailed(long id, String error, Instant at);

    /**
     * Holds one message whose recipient has left (deactivated, removed): HELD, never claimed, with the error saying
     * why, instead of being retried into failure. Resuming its hire makes it pending again.
     */
    void markHeld(long id, String error);

    /**
     * Holds the hire's pending messages (PENDING -> HELD) so that no dispatcher claims them while the enrolment is
     * paused. A message already in flight is not stopped; its send is still recorded as sent.
     */
    void holdFor(HireId hire);

    /** Makes the hire's held messages pending again and due at {@code now} (their not-before still applies). */
    void resumeFor(HireId hire, Instant now);

    /**
     * Gives up the hire's pending and held messages: FAILED with the error "enrolment cancelled". Unlike a failed send
     * this is expected, so callers raise no admin alert.
     *
     * @return how many messages were given up
     */
    int cancelFor(HireId hire, Instant at);

    /**
     * Deletes messages sent before {@code before}; pending, held and failed ones stay. A deleted message's key no
     * longer keeps a message with the same key out, and a reply in its thread no longer finds it.
     *
     * @return how many were deleted
     */
    int purgeSentBefore(Instant before);

    Optional<OutboxEntry> find(String idempotencyKey);

    /** Whether a message with this key is queued, sent or failed: {@link #find} without reading the message. */
    boolean contains(String idempotencyKey);

    /** The sent entry with this platform reference, such as the message a hire replied to in a thread. */
    Optional<OutboxEntry> findByDeliveryRef(String deliveryRef);

    /**
     * Messages given up on since {@code since}, newest first, at most {@code limit}: what an admin should look into.
     * Messages dropped because their enrolment was cancelled are not failures and are left out.
     */
    List<FailedSend> failedSince(Instant since, int limit);

    /** How many messages {@link #failedSince} would list without a limit. */
    int countFailedSince(Instant since);

    /** Pending entries, for metrics and tests. */
    long pendingCount();

    Optional<Instant> oldestPendingCreatedAt();
}
