package dev.onboardingbuddy.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How fast sends may go, per key (a conversation, or a whole platform): at most {@link Limit#count()} sends in any
 * {@link Limit#window()}, for every limit given, and none while a key is paused (a platform's 429 with Retry-After).
 * Answers "not before T" instead of waiting, so a sender never sleeps on one conversation while others are due.
 * Thread-safe (one lock; the work per call is a few comparisons).
 */
public final class Pace {
    /** Above this many keys, those with no send inside the longest window are forgotten, so the map stays small. */
    private static final int FORGET_IDLE_ABOVE = 1_000;

    /** At most {@code count} sends in any {@code window}. */
    public record Limit(int count, Duration window) {
        public Limit {
            if (count < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("a limit needs a count of at least 1 and a positive window");
            }
        }
    }

    private final List<Limit> limits;
    private final Duration longest;
    /** Per key, the instants of its sends inside the longest window, oldest first; guarded by this. */
    private final Map<String, Deque<Instant>> sends = new HashMap<>();

    private final Map<String, Instant> pausedUntil = new HashMap<>();

    public Pace(List<Limit> limits) {
        this.limits = List.copyOf(limits);
        this.longest = limits.stream()
                .map(Limit::window)
                .max(Comparator.naturalOrder())
                .orElse(Duration.ZERO);
    }

    /**
     * A turn is taken before the conversation is opened and the lease renewed, so the platform sees the sends a
     * moment later than their turns, and not all equally late; counting turns over a window this much longer than the
     * platform's keeps any window the platform counts within the budget (the benchmark saw 601 in a Slack minute
     * without it).
     */
    static final Duration SPREAD = Duration.ofSeconds(1);

    /**
     * A budget of {@code perMinute} sends in any minute, spread so that no second takes more than twice its share: a
     * backlog goes out at the full budget, without a minute's worth in one burst.
     */
    public static Pace perMinute(int perMinute) {
        int perSecond = (perMinute + 59) / 60;
        return new Pace(List.of(
                new Limit(perMinute, Duration.ofMinutes(1).plus(SPREAD)),
                new Limit(2 * perSecond, Duration.ofSeconds(1))));
    }

    /** At most {@code perSecond} sends in any second. */
    public static Pace perSecond(int perSecond) {
        return new Pace(List.of(new Limit(perSecond, Duration.ofSeconds(1))));
    }

    /** No limit at all: every send may go at once. */
    public static Pace unlimited() {
        return new Pace(List.of());
    }

    /**
     * Takes a turn for a send under {@code key} at {@code now} if one is free.
     *
     * @return empty when the send may go now (the turn is taken), else the earliest instant it may (nothing is taken)
     */
    public synchronized Optional<Instant> take(String key, Instant now) {
        Optional<Instant> wait = next(key, now);
        if (wait.isEmpty() && !limits.isEmpty()) {
            sends.computeIfAbsent(key, unused -> new ArrayDeque<>()).addLast(now);
        }
        return wait;
    }

    /** Like {@link #take}, but takes nothing: when a send under {@code key} could go. */
    public synchronized Optional<Instant> next(String key, Instant now) {
        Instant earliest = now;
        Instant paused = pausedUntil.get(key);
        if (paused != null) {
            if (paused.isAfter(now)) {
                earliest = paused;
            } else {
                pausedUntil.remove(key);
            }
        }
        Deque<Instant> recent = recent(key, now);
        for (Limit limit : limits) {
            if (recent.size() >= limit.count()) {
                // the count-th most recent send must leave the window before another may go
                Instant blocking = recent.stream()
                        .skip(recent.size() - limit.count())
                        .findFirst()
                        .orElseThrow();
                Instant free = blocking.plus(limit.window());
                if (free.isAfter(earliest)) {
                    earliest = free;
                }
            }
        }
        return earliest.isAfter(now) ? Optional.of(earliest) : Optional.empty();
    }

    /** How many sends under {@code key} could take a turn at {@code now}, one after the other, before one must wait. */
    public synchronized int room(String key, Instant now) {
        Instant paused = pausedUntil.get(key);
        if (paused != null && paused.isAfter(now)) {
            return 0;
        }
        Deque<Instant> recent = recent(key, now);
        int room = Integer.MAX_VALUE;
        for (Limit limit : limits) {
            Instant horizon = now.minus(limit.window());
            long inWindow = recent.stream().filter(at -> at.isAfter(horizon)).count();
            room = (int) Math.min(room, Math.max(0, limit.count() - inWindow));
        }
        return room;
    }

    /** Lets nothing go under {@code key} before {@code until}, such as a platform's Retry-After after a 429. */
    public synchronized void pause(String key, Instant until) {
        pausedUntil.merge(key, until, (old, asked) -> asked.isAfter(old) ? asked : old);
    }

    private Deque<Instant> recent(String key, Instant now) {
        Instant horizon = now.minus(longest);
        if (sends.size() > FORGET_IDLE_ABOVE) {
            sends.values()
                    .removeIf(times -> times.isEmpty() || !times.peekLast().isAfter(horizon));
        }
        Deque<Instant> times = sends.getOrDefault(key, new ArrayDeque<>());
        while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
            times.removeFirst();
        }
        return times;
    }
}
