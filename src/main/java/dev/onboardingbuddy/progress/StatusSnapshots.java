package dev.onboardingbuddy.progress;

import dev.onboardingbuddy.enrollment.ChatUserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Status overviews computed a moment ago, kept so that a lead who asks twice, or a whole team asking during a
 * stand-up, costs no queries: an overview is a handful of queries and the acknowledgement path must stay fast.
 *
 * <p>A snapshot is used only while nothing it may show has changed in this process (every committed change to hires
 * and item states is reported to {@link #changed()}: the wiring makes it a listener of the home's change tracking)
 * and for at most {@link #MAX_AGE} after it was ready: items fall due as time passes, and another instance of a
 * cluster writes without telling us, so a change made there shows here within that age (plus the seconds an
 * overview of thousands of hires takes to compute).
 *
 * <p>One computation per caller and filter at a time: when a snapshot runs out while many ask (a load test asks
 * 32 at once), the others wait for the one computation under way instead of each running the same queries, which
 * showed as a latency spike every {@link #MAX_AGE}. Thread-safe.
 */
public final class StatusSnapshots {
    /** How old an answer may be; short enough that nobody acting on it notices. */
    public static final Duration MAX_AGE = Duration.ofSeconds(2);
    /** Callers times filters is small in practice; past this, start over rather than track use. */
    private static final int MOST_KEPT = 10_000;

    private record Key(ChatUserId caller, StatusFilter filter) {}

    /**
     * @param freshUntil {@link #MAX_AGE} after the overview was ready: one that took seconds to compute (an admin's
     *     over thousands of hires) would otherwise be stale before anyone could ask again, and every ask would
     *     compute it anew
     */
    private record Snapshot(long version, Instant takenAt, Instant freshUntil, StatusOverview overview) {}

    private final Map<Key, Snapshot> snapshots = new ConcurrentHashMap<>();
    private final Map<Key, CompletableFuture<Snapshot>> computing = new ConcurrentHashMap<>();
    private final AtomicLong version = new AtomicLong();
    private final Clock clock;

    public StatusSnapshots(Clock clock) {
        this.clock = clock;
    }

    /** Something a status may show was written: every snapshot taken before is stale. */
    public void changed() {
        version.incrementAndGet();
    }

    /** The caller's overview from a fresh snapshot, or else computed (and kept). */
    StatusOverview overview(ChatUserId caller, StatusFilter filter, Supplier<StatusOverview> compute) {
        Key key = new Key(caller, filter);
        // Read the version before computing: a write that lands meanwhile leaves the new snapshot already stale.
        long current = version.get();
        Instant now = clock.instant();
        Optional<StatusOverview> kept = fresh(key, current, now);
        if (kept.isPresent()) {
            return kept.get();
        }
        CompletableFuture<Snapshot> mine = new CompletableFuture<>();
        CompletableFuture<Snapshot> running = computing.putIfAbsent(key, mine);
        if (running != null) {
            Snapshot other = awaitOther(running);
            // Begun before a write this caller may already see: not good enough, so compute without waiting again.
            return other.version() == current
                    ? other.overview()
                    : compute(key, current, now, compute).overview();
        }
        try {
            Snapshot taken = compute(key, current, now, compute);
            mine.complete(taken);
            return taken.overview();
        } catch (RuntimeException | Error failed) {
            mine.completeExceptionally(failed);
            throw failed;
        } finally {
            computing.remove(key, mine);
        }
    }

    /** The caller's overview if a fresh snapshot holds it: no computation, so the caller need not wait for one. */
    Optional<StatusOverview> fresh(ChatUserId caller, StatusFilter filter) {
        return fresh(new Key(caller, filter), version.get(), clock.instant());
    }

    private Optional<StatusOverview> fresh(Key key, long current, Instant now) {
        Snapshot kept = snapshots.get(key);
        if (kept != null
                && kept.version() == current
                && !now.isBefore(kept.takenAt())
                && now.isBefore(kept.freshUntil())) {
            return Optional.of(kept.overview());
        }
        return Optional.empty();
    }

    private Snapshot compute(Key key, long current, Instant now, Supplier<StatusOverview> compute) {
        StatusOverview overview = compute.get();
        Snapshot taken = new Snapshot(current, now, clock.instant().plus(MAX_AGE), overview);
        if (snapshots.size() >= MOST_KEPT) {
            snapshots.clear();
        }
        snapshots.put(key, taken);
        return taken;
    }

    /** The other computation's snapshot; its failure (the database is down) is this caller's too. */
    private static Snapshot awaitOther(CompletableFuture<Snapshot> running) {
        try {
            return running.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }
}
