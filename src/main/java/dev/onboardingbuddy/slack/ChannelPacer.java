package dev.onboardingbuddy.slack;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Keeps this process from posting into one Slack conversation faster than {@code chat.postMessage} allows: about one
 * message per second per channel, short bursts allowed. A burst of {@link #BURST} goes at once, then one per
 * {@link #INTERVAL} (a generic cell rate algorithm: each post moves the channel's "theoretical arrival time" one
 * interval on, and a post waits while that time is more than a burst ahead of now). Thread-safe.
 *
 * <p>Why here, in the Slack adapter, and by waiting: the limit is Slack's, counted per Slack channel id, which only
 * this adapter knows (a DM is the {@code D...} id from {@code conversations.open}). Waiting a second keeps the outbox
 * unaware of it: deferring the entry in the outbox instead would cost a retry record per held-back message, and a
 * claim already counted it as a try, so a burst would eat into the retry limit. The price: posts to other channels
 * in the same batch wait behind a paced one, at an onboarding bot's volume seconds at most, far below the lease.
 * Per process: two nodes posting into one channel can still exceed it, and Slack's 429 then slows them down.
 */
final class ChannelPacer {

    static final Duration INTERVAL = Duration.ofSeconds(1);
    static final int BURST = 3;
    /** Above this many channels, those that are idle again are forgotten, so the map stays small. */
    private static final int FORGET_IDLE_ABOVE = 1_000;

    /** Waits; a seam so tests can record waits instead of taking them. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final long intervalNanos;
    private final long toleranceNanos;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    /** Channel id to its theoretical arrival time on {@link #nanoTime}; guarded by this. */
    private final Map<String, Long> arrivals = new HashMap<>();

    ChannelPacer(Duration interval, int burst, LongSupplier nanoTime, Sleeper sleeper) {
        if (interval.isNegative() || burst < 1) {
            throw new IllegalArgumentException("pacing needs a non-negative interval and a burst of at least 1");
        }
        this.intervalNanos = interval.toNanos();
        this.toleranceNanos = (burst - 1) * intervalNanos;
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
    }

    /** Slack's pace on the real monotonic clock; adapters may take real time, the core may not. */
    static ChannelPacer forSlack() {
        return new ChannelPacer(INTERVAL, BURST, System::nanoTime,
                duration -> TimeUnit.NANOSECONDS.sleep(duration.toNanos()));
    }

    /**
     * Returns when a post into {@code channel} may go, having taken its turn.
     *
     * @throws InterruptedException when interrupted while waiting; the turn is then lost, which only slows the
     *     channel a little
     */
    void awaitTurn(String channel) throws InterruptedException {
        Duration wait = reserve(channel);
        if (!wait.isZero()) {
            sleeper.sleep(wait);
        }
    }

    /** Takes the next turn in the channel and says how long until it comes; the sleep happens outside the lock. */
    synchronized Duration reserve(String channel) {
        long now = nanoTime.getAsLong();
        if (arrivals.size() > FORGET_IDLE_ABOVE) {
            arrivals.values().removeIf(arrival -> arrival - now <= 0);
        }
        Long stored = arrivals.get(channel);
        // Differences, not comparisons, of nanoTime values: they may overflow.
        long arrival = stored == null || stored - now < 0 ? now : stored;
        arrivals.put(channel, arrival + intervalNanos);
        return Duration.ofNanos(Math.max(0, arrival - toleranceNanos - now));
    }
}
