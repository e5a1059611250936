package dev.onboardingbuddy.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleSupplier;
import java.util.stream.Collectors;

/**
 * Sends what the outbox holds, once each. When the previous try may have sent the message (it ended without a record,
 * after a crash between send and record, or failed with an unknown outcome, such as a timeout or a 5xx after the
 * request went out), it first asks the platform whether the message already went out, so nobody sees a duplicate.
 *
 * <p>Thread-safe: several senders share one dispatcher, and dispatchers in one process or many share the work through
 * the outbox's leases. Each claim is leased under its own name, so even two senders of one process never renew or
 * defer each other's claims.
 *
 * <p><b>Pace.</b> Before a send the gateway is asked for the message's turn ({@link ChatGateway#turn}); a message
 * whose conversation or platform is busy is deferred in the outbox to the instant it may go, which costs no attempt,
 * and the sender goes on with the next message. So a busy conversation never holds up another one. The messages of
 * one conversation in a batch go one after the other, so that they arrive in order; conversations go in parallel.
 * Claims leave out the conversations told to wait until their turn comes, and take a few messages of one conversation
 * at a time ({@link PacedConversations}): a backlog for one busy channel is not claimed and deferred again and again.
 *
 * <p><b>Leases.</b> A lease is short (seconds), so that a killed instance's messages are taken over quickly. It is
 * kept from running out under a message being sent in two ways: every send starts with its lease confirmed for nearly
 * a full lease (renewed right before it unless just claimed; a renewal that finds the entry no longer ours skips the
 * send), and {@link #renewLeases}, a
 * heartbeat the caller runs every {@link #heartbeat()}, extends the leases of everything claimed and not yet recorded.
 * Another instance can take a message over only when this one missed heartbeats for most of a lease: it died or lost
 * the database. What follows the renewal is the post itself (on Slack one {@code chat.postMessage} of at most
 * {@code SLACK_API_TIMEOUT_MS}, 2.5 s by default; its conversation was opened when its turn was taken), so with the
 * defaults a post ends within the lease it started with, heartbeats or not.
 */
public final class DispatchOutbox {
    public static final Duration DEFAULT_LEASE = Duration.ofSeconds(15);
    /**
     * The shortest lease: a post after its renewal fits with room to spare even with slow timeouts (Slack's default
     * call timeout is 2.5 s), and three heartbeats fit in it (every 3.3 s).
     */
    public static final Duration MINIMUM_LEASE = Duration.ofSeconds(10);

    private final Outbox outbox;
    private final ChatGateway gateway;
    private final AdminAlerts alerts;
    private final RetryPolicy retries;
    private final Clock clock;
    private final DoubleSupplier random;
    private final String owner;
    private final Duration lease;
    private final AtomicLong claims = new AtomicLong();
    /** Entries claimed and not yet recorded. */
    private final HeldLeases held;

    private final PacedConversations paced = new PacedConversations();

    /** How many entries a dispatch claimed and how many of them went out. */
    public record Dispatched(int claimed, int sent) {}

    public DispatchOutbox(
            Outbox outbox,
            ChatGateway gateway,
            AdminAlerts alerts,
            RetryPolicy retries,
            Clock clock,
            DoubleSupplier random,
            String owner) {
        this(outbox, gateway, alerts, retries, clock, random, owner, DEFAULT_LEASE);
    }

    /**
     * @param lease how long a claimed entry stays invisible to other dispatchers without a heartbeat; after a crash,
     *     its entries wait this long before another instance takes them over. At least {@link #MINIMUM_LEASE}.
     */
    public DispatchOutbox(
            Outbox outbox,
            ChatGateway gateway,
            AdminAlerts alerts,
            RetryPolicy retries,
            Clock clock,
            DoubleSupplier random,
            String owner,
            Duration lease) {
        this.outbox = outbox;
        this.gateway = gateway;
        this.alerts = alerts;
        this.retries = retries;
        this.clock = clock;
        this.random = random;
        this.owner = owner;
        if (lease.compareTo(MINIMUM_LEASE) < 0) {
            throw new IllegalArgumentException("the outbox lease is " + lease.toSeconds() + " s but must be at least "
                    + MINIMUM_LEASE.toSeconds() + " s: a send must fit into the lease it starts with");
        }
        this.lease = lease;
        this.held = new HeldLeases(outbox, clock, lease);
    }

    /** How often {@link #renewLeases} should run: three heartbeats per lease, so that one missed one does no harm. */
    public Duration heartbeat() {
        return lease.dividedBy(3);
    }

    /**
     * What a batch cut short by a failing database left behind, settled first thing at the next dispatch so that the
     * outbox resumes as soon as the database is back instead of when the leases run out: messages sent but not recorded
     * (recorded now, never sent again) and entries claimed but never tried (given back). Each with the instant its
     * lease was last known to end, after which another dispatcher may hold it. Guarded by {@code this}.
     */
    private final Map<Long, Leftover> sentNotRecorded = new LinkedHashMap<>();

    private final Map<Long, Instant> claimedNotTried = new LinkedHashMap<>();

    private record Leftover(String ref, Instant leaseEnds) {}

    /** Sends up to {@code limit} due entries one after the other; returns how many went out. */
    public int dispatch(int limit) {
        return dispatchDue(limit, Runnable::run).sent();
    }

    /**
     * Claims up to {@code limit} due entries and sends, defers or records each. The entries of one conversation go one
     * after the other, in claim order, on one of {@code senders}; different conversations go in parallel. Returns when
     * all are done.
     *
     * @throws RuntimeException the first failure to record an outcome (the database); the other conversations of the
     *     batch were still worked
     */
    public Dispatched dispatchDue(int limit, Executor senders) {
        return startRound(limit, senders, Set.of()).outcome();
    }

    /**
     * A claim whose conversations are being sent: which ones, and when all are done, how it went.
     *
     * @param capped some conversation had more due than one claim takes of it ({@link PacedConversations#MOST_AT_ONCE}):
     *     more of it may be due once this round is sent, however little the round claimed
     * @param done completes with what was claimed and sent, or with the first failure to record an outcome
     */
    public record Round(Set<String> conversations, int claimed, boolean capped, CompletableFuture<Dispatched> done) {
        /** Waits until the round is done. */
        public Dispatched outcome() {
            try {
                return done.join();
            } catch (CompletionException failed) {
                if (failed.getCause() instanceof Error error) {
                    throw error;
                }
                throw failed.getCause() instanceof RuntimeException runtime ? runtime : failed;
            }
        }
    }

    /**
     * Claims up to {@code limit} due entries, leaving out the conversations in {@code busy} (those of rounds still
     * being sent, which a message of this round must not overtake), and starts sending them as
     * {@link #dispatchDue} does; returns without waiting. So a caller can keep the senders busy with the next round
     * while the slowest conversations of the last one finish.
     */
    public Round startRound(int limit, Executor senders, Set<String> busy) {
        settleLeftovers();
        Instant claimedAt = clock.instant();
        String claim = owner + "#" + claims.incrementAndGet();
        // no more than the platforms' budgets let go now: the rest would be deferred one by one, and claimed again
        List<OutboxEntry> due = outbox.claimDue(
                claimedAt,
                Math.min(limit, gateway.room(claimedAt)),
                claim,
                lease,
                paced.leftOut(busy, claimedAt),
                PacedConversations.MOST_AT_ONCE);
        held.claimed(due, claim, claimedAt);
        Map<String, List<OutboxEntry>> conversations = due.stream()
                .collect(Collectors.groupingBy(
                        entry -> entry.message().to().address(), LinkedHashMap::new, Collectors.toList()));
        List<CompletableFuture<Integer>> sending = new ArrayList<>();
        try {
            for (List<OutboxEntry> conversation : conversations.values()) {
                CompletableFuture<Integer> started =
                        CompletableFuture.supplyAsync(() -> deliverInOrder(conversation, claim), senders);
                sending.add(started);
                if (started.isCompletedExceptionally()) {
                    // run on this thread and killed by an Error (the process ending): stop at once
                    rethrowError(started);
                }
            }
        } catch (Error stopping) {
            due.forEach(entry -> held.released(entry.id()));
            throw stopping;
        }
        CompletableFuture<Dispatched> done = CompletableFuture.allOf(sending.toArray(CompletableFuture[]::new))
                .handle((allDone, anyFailure) -> {
                    try {
                        return outcomeOf(sending, due.size());
                    } finally {
                        due.forEach(entry -> held.released(entry.id()));
                    }
                });
        boolean capped = conversations.values().stream()
                .anyMatch(conversation -> conversation.size() >= PacedConversations.MOST_AT_ONCE);
        return new Round(Set.copyOf(conversations.keySet()), due.size(), capped, done);
    }

    private static Dispatched outcomeOf(List<CompletableFuture<Integer>> sending, int claimed) {
        int sent = 0;
        RuntimeException first = null;
        for (CompletableFuture<Integer> conversation : sending) {
            try {
                sent += conversation.join();
            } catch (CompletionException failed) {
                rethrowError(conversation);
                RuntimeException cause = failed.getCause() instanceof RuntimeException runtime ? runtime : failed;
                first = first == null ? cause : first;
            }
        }
        if (first != null) {
            throw first;
        }
        return new Dispatched(claimed, sent);
    }

    private static void rethrowError(CompletableFuture<Integer> conversation) {
        try {
            conversation.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
        }
    }

    /**
     * One conversation's entries, oldest (most urgent) first. Once one must wait for its turn, those after it wait as
     * long, so that a conversation's messages arrive in order.
     */
    private int deliverInOrder(List<OutboxEntry> conversation, String claim) {
        int sent = 0;
        int next = 0;
        Optional<Instant> waitUntil = Optional.empty();
        boolean recipientGone = false;
        try {
            for (; next < conversation.size(); next++) {
                OutboxEntry entry = conversation.get(next);
                if (recipientGone) {
                    // its recipient left a moment ago, as the message before it found out: held like that one, never
                    // tried
                    outbox.markHeld(entry.id(), "held: the recipient has left");
                } else if (waitUntil.isPresent()) {
                    outbox.defer(entry.id(), claim, waitUntil.get(), entry.mayBeSentAlready());
                } else {
                    Outcome outcome = deliver(entry, claim);
                    sent += outcome.sent() ? 1 : 0;
                    waitUntil = outcome.deferredTo();
                    waitUntil.ifPresent(
                            until -> paced.waitsUntil(entry.message().to().address(), until));
                    recipientGone = outcome.recipientGone();
                }
                held.released(entry.id());
            }
            return sent;
        } catch (RuntimeException cutShort) {
            remember(conversation.subList(next + 1, conversation.size()));
            throw cutShort;
        }
    }

    private record Outcome(boolean sent, Optional<Instant> deferredTo, boolean recipientGone) {
        static final Outcome SENT = new Outcome(true, Optional.empty(), false);
        static final Outcome NOT_SENT = new Outcome(false, Optional.empty(), false);
        static final Outcome GONE = new Outcome(false, Optional.empty(), true);
    }

    /**
     * The heartbeat: extends the lease of every entry this dispatcher claimed and has not recorded yet. An entry no
     * longer ours (taken over after missed heartbeats) is not sent by this dispatcher any more.
     */
    public void renewLeases() {
        held.renewAll();
    }

    private synchronized void remember(List<OutboxEntry> untried) {
        untried.forEach(entry -> claimedNotTried.put(entry.id(), held.leaseEnds(entry.id())));
    }

    private synchronized void settleLeftovers() {
        // Only while the leases are still ours; after that the next claim finds sent messages by their key anyway.
        Instant now = clock.instant();
        for (var sent : List.copyOf(sentNotRecorded.entrySet())) {
            if (now.isBefore(sent.getValue().leaseEnds())) {
                outbox.markSent(sent.getKey(), sent.getValue().ref(), now);
            }
            sentNotRecorded.remove(sent.getKey());
        }
        List<Long> giveBack = claimedNotTried.entrySet().stream()
                .filter(untried -> now.isBefore(untried.getValue()))
                .map(Map.Entry::getKey)
                .toList();
        outbox.unclaim(giveBack);
        claimedNotTried.clear();
    }

    /** Whether the message went out (or was found out already), or until when it was deferred. */
    private Outcome deliver(OutboxEntry entry, String claim) {
        String ref;
        // Only a try that may have sent the message is followed by a look for it: a claim after one that recorded
        // nothing
        // (a crash between send and record), or a recorded failure whose outcome is unknown (a timeout or a 5xx after
        // the
        // request went out). After a failure that certainly sent nothing (connection refused, 429, 4xx) asking would
        // only
        // spend conversations.history, which Slack rate-limits.
        boolean lookFirst = entry.mayBeSentAlready();
        boolean sending = false;
        try {
            Optional<String> earlier = lookFirst ? gateway.findSent(entry.message()) : Optional.empty();
            if (earlier.isEmpty() && entry.interrupted() && entry.attempts() > retries.maxAttempts()) {
                // The claim of the last allowed try was never followed by a record: its dispatcher died. Without this,
                // an
                // entry that kills its dispatcher would be claimed and tried forever.
                fail(entry, DeliveryFailure.permanent("the dispatcher stopped during the last try"), false);
                return Outcome.NOT_SENT;
            }
            if (earlier.isEmpty()) {
                Optional<Instant> notBefore = gateway.turn(entry.message(), clock.instant());
                if (notBefore.isPresent()) {
                    // Its conversation or platform is busy: wait in the outbox, not in this sender, and spend no
                    // attempt.
                    outbox.defer(entry.id(), claim, notBefore.get(), lookFirst);
                    return new Outcome(false, notBefore, false);
                }
                if (!held.heldForALease(entry.id(), claim)) {
                    return Outcome.NOT_SENT;
                }
            }
            sending = earlier.isEmpty();
            ref = earlier.isPresent() ? earlier.get() : gateway.send(entry.message());
        } catch (DeliveryFailure failure) {
            // A failed look leaves the earlier try's outcome as unknown as it was; a failed send has its own.
            fail(entry, failure, sending ? failure.outcomeUnknown() : lookFirst);
            return failure.recipientGone() ? Outcome.GONE : Outcome.NOT_SENT;
        } catch (RuntimeException unexpected) {
            fail(entry, DeliveryFailure.retryable(unexpected.toString(), unexpected), sending || lookFirst);
            return Outcome.NOT_SENT;
        }
        // Outside the try: the message is in the chat, so a failure to record it is not a failed send (that would retry
        // or even mark FAILED and alert). It propagates; the entry stays leased, and its next claim finds the message.
        try {
            outbox.markSent(entry.id(), ref, clock.instant());
        } catch (RuntimeException databaseDown) {
            synchronized (this) {
                sentNotRecorded.put(entry.id(), new Leftover(ref, held.leaseEnds(entry.id())));
            }
            throw databaseDown;
        }
        return Outcome.SENT;
    }

    /** @param outcomeUnknown whether the message may be in the chat after all, so the next try looks for it first */
    private void fail(OutboxEntry entry, DeliveryFailure failure, boolean outcomeUnknown) {
        int attempts = entry.attempts();
        Instant now = clock.instant();
        if (failure.recipientGone()) {
            // trying again cannot reach someone who left, and failing would bury the message: it waits for a decision
            outbox.markHeld(entry.id(), failure.getMessage());
            alerts.recipientGone(entry, failure.getMessage());
            return;
        }
        if (!failure.retryable() || attempts >= retries.maxAttempts()) {
            String error = failure.getMessage() + " (after " + attempts + " tries"
                    + (outcomeUnknown ? "; the last may have been posted" : "") + ")";
            outbox.markFailed(entry.id(), error, now);
            alerts.deliveryFailed(entry, error);
            return;
        }
        Duration wait = retries.delay(attempts, failure.retryAfter(), random);
        outbox.markRetry(entry.id(), now.plus(wait), failure.getMessage(), outcomeUnknown);
    }
}
