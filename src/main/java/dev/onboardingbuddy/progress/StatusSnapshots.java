package dev.onboardingbuddy.progress;

import dev.onboardingbuddy.enrollment.ChatUserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Status overviews computed a moment ago, kept so that a lead who asks twice, or a whole team asking during a
 * stand-up, costs no queries: an overview is a handful of queries and the acknowledgement path must stay fast.
 *
 * <p>A snapshot is used only while nothing it may show has changed in this process (every committed change to hires
 * and item states is reported to {@link #changed()}: the wiring makes it a listener of the home's change tracking)
 * and for at most {@link #MAX_AGE}: items fall due as time passes, and another instance of a cluster writes without
 * telling us, so a change made there shows here within that age. Thread-safe.
 */
public final class StatusSnapshots {
    /** How old an answer may be; short enough that nobody acting on it notices. */
    public static final Duration MAX_AGE = Duration.ofSeconds(2);
    /** Callers times filters is small in practice; past this, start over rather than track use. */
    private static final int MOST_KEPT = 10_000;

    private record Key(ChatUserId caller, StatusFilter filter) {}

    private record Snapshot(long version, Instant takenAt, StatusOverview overview) {}

    private final Map<Key, Snapshot> snapshots = new ConcurrentHashMap<>();
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
        Snapshot kept = snapshots.get(key);
        if (kept != null
                && kept.version() == current
                && !now.isBefore(kept.takenAt())
                && now.isBefore(kept.takenAt().plus(MAX_AGE))) {
            return kept.overview();
        }
        StatusOverview fresh = compute.get();
        if (snapshots.size() >= MOST_KEPT) {
            snapshots.clear();
        }
        snapshots.put(key, new Snapshot(current, now, fresh));
        return fresh;
    }
}
