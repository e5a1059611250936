package dev.onboardingbuddy.scheduling;

import dev.onboardingbuddy.notification.DispatchOutbox;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the outbox draining: polls at a fixed interval, and at once when woken (a listener just queued a reply), so
 * answers feel immediate without a tight loop. One thread claims batches; a small pool of senders sends the batch's
 * conversations in parallel (each conversation's messages in order); a third thread beats the heart that renews the
 * leases of what is being sent. A message its conversation's pace holds back is deferred in the outbox and picked up
 * by a later poll, so no sender ever sleeps on one.
 */
public final class OutboxPump implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxPump.class);
    /** A claim per sender this many messages deep, so that senders rarely wait for the slowest of a batch. */
    private static final int CLAIM_PER_SENDER = 4;

    private static final int SMALLEST_BATCH = 20;

    /** A round being sent and the next one queued behind it. */
    private static final int ROUNDS_IN_FLIGHT = 2;

    private final DispatchOutbox dispatcher;
    private final Duration interval;
    private final ScheduledExecutorService executor;
    private final ScheduledExecutorService heartbeat;
    private final ExecutorService senderPool;
    private final Executor senders;
    private final AtomicBoolean wakePending = new AtomicBoolean();
    private final int batch;

    /** One sender: the batch's messages go one after the other on the polling thread. */
    public OutboxPump(DispatchOutbox dispatcher, Duration interval) {
        this(dispatcher, interval, 1);
    }

    /** @param senders how many conversations are sent to at once */
    public OutboxPump(DispatchOutbox dispatcher, Duration interval, int senders) {
        this.dispatcher = dispatcher;
        this.interval = interval;
        this.executor = Executors.newSingleThreadScheduledExecutor(named("outbox-pump"));
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(named("outbox-heartbeat"));
        this.senderPool = senders > 1 ? Executors.newFixedThreadPool(senders, named("outbox-sender")) : null;
        this.senders = senders > 1 ? senderPool : Runnable::run;
        this.batch = Math.max(SMALLEST_BATCH, CLAIM_PER_SENDER * senders);
    }

    private static ThreadFactory named(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    public OutboxPump start() {
        executor.scheduleWithFixedDelay(this::drain, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        long beat = dispatcher.heartbeat().toMillis();
        heartbeat.scheduleWithFixedDelay(this::renewLeases, beat, beat, TimeUnit.MILLISECONDS);
        return this;
    }

    /** Asks for a drain now; many wakes before it runs collapse into one. */
    public void wake() {
        if (wakePending.compareAndSet(false, true)) {
            try {
                executor.execute(() -> {
                    wakePending.set(false);
                    drain();
                });
            } catch (RejectedExecutionException stopping) {
                wakePending.set(false);
            }
        }
    }

    private void drain() {
        // Two rounds overlap: while the senders finish the slowest conversations of one, the next is claimed (leaving
        // out the conversations still being sent, so nothing overtakes) and queued behind it, and no sender idles
        // waiting for the slowest of a round. Stops between rounds once closing: close() promises the sends in
        // flight, not the whole queue. A round that claimed less than it asked for emptied what is due; a round that
        // sent nothing was all held back by the platforms' pace, and the next poll is soon enough (claiming on would
        // only defer one round after another). A round that took only part of a conversation's backlog (a claim takes
        // a few of one conversation) leaves more due once it is sent, however little it claimed.
        Deque<DispatchOutbox.Round> running = new ArrayDeque<>();
        try {
            boolean more = true;
            while (more && !executor.isShutdown()) {
                DispatchOutbox.Round round = dispatcher.startRound(batch, senders, busy(running));
                running.add(round);
                more = round.claimed() == batch || round.capped();
                if (running.size() == ROUNDS_IN_FLIGHT || !more) {
                    DispatchOutbox.Round oldestRound = running.remove();
                    DispatchOutbox.Dispatched oldest = oldestRound.outcome();
                    boolean allHeldBack = oldest.claimed() > 0 && oldest.sent() == 0;
                    more = (more || oldestRound.capped()) && !allHeldBack;
                }
            }
        } catch (Throwable e) {
            // Everything, not only RuntimeException: whatever escapes a fixed-delay task silently cancels all its later
            // runs, and the outbox would stop draining without a word in the log.
            LOG.error("outbox dispatch failed; retrying at the next poll", e);
        } finally {
            finish(running);
        }
    }

    private static Set<String> busy(Deque<DispatchOutbox.Round> running) {
        Set<String> busy = new HashSet<>();
        running.forEach(round -> busy.addAll(round.conversations()));
        return busy;
    }

    /** The rounds still being sent are waited for, so the next drain cannot claim beside them. */
    private static void finish(Deque<DispatchOutbox.Round> running) {
        for (DispatchOutbox.Round round : running) {
            try {
                round.outcome();
            } catch (Throwable e) {
                LOG.error("outbox dispatch failed; retrying at the next poll", e);
            }
        }
    }

    private void renewLeases() {
        try {
            dispatcher.renewLeases();
        } catch (Throwable e) {
            LOG.warn("renewing the leases of messages being sent failed; retrying at the next beat: {}", e.toString());
        }
    }

    /**
     * Finishes the batch in flight (and a drain already asked for), then stops; sends not started stay in the outbox
     * for the next start or another instance. Call before the database closes.
     */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        if (senderPool != null) {
            senderPool.shutdownNow();
        }
        heartbeat.shutdownNow();
    }
}
