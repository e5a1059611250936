package dev.onboardingbuddy.reminders;

import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.HireId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Remembers, per hire, the instant before which none of their reviews or meetings can fall due, as found by a look
 * that found nothing new to post: the every-minute run over all hires then skips them. It read each hire's items,
 * reviews and ledger every minute, which at 5,000 hires kept a quarter of a core busy.
 *
 * <p>Between two occurrences only a change can bring a reminder back: to the hire (a hire changed in any field no
 * longer matches what was remembered), to the manager's zone (remembered too), or to the items (an item undone), of
 * which {@link #forget} is told once it commits. A change made by another instance is not told here, so nothing is
 * remembered for longer than {@link #AT_MOST}. Thread-safe.
 */
public final class ReminderLookahead {
    /** How late a reminder may come after a change that only another instance saw. */
    static final Duration AT_MOST = Duration.ofMinutes(15);

    private record Quiet(Hire hire, ZoneId managerZone, Instant until) {}

    private final Map<HireId, Quiet> quiet = new ConcurrentHashMap<>();
    /** Per hire, how many changes {@link #forget} was told of; guarded, per hire, by {@code quiet}'s compute. */
    private final Map<HireId, Long> changes = new ConcurrentHashMap<>();

    /** Whether nothing can be due for the hire yet, as last found for this very hire and manager's zone. */
    boolean isQuiet(Hire hire, ZoneId managerZone, Instant now) {
        Quiet known = quiet.get(hire.id());
        return known != null
                && known.hire().equals(hire)
                && known.managerZone().equals(managerZone)
                && now.isBefore(known.until());
    }

    /** How many changes of the hire were told so far: taken before a look, given to {@link #quietUntil}. */
    long changesOf(HireId hire) {
        return changes.getOrDefault(hire, 0L);
    }

    /**
     * Remembers that nothing is due for the hire before {@code next} (at most {@link #AT_MOST} from now), unless a
     * change was told since {@code changesSeen}: the look may have read the hire as it was before.
     */
    void quietUntil(Hire hire, ZoneId managerZone, Instant now, Instant next, long changesSeen) {
        Instant latest = now.plus(AT_MOST);
        quiet.compute(
                hire.id(),
                (id, known) -> changesOf(id) == changesSeen
                        ? new Quiet(hire, managerZone, next.isBefore(latest) ? next : latest)
                        : known);
    }

    /** Forgets what is known of these hires: they changed. */
    public void forget(Collection<HireId> hires) {
        for (HireId hire : hires) {
            quiet.compute(hire, (id, known) -> {
                changes.merge(id, 1L, Long::sum);
                return null;
            });
        }
    }

    /** Forgets every hire but these, the ones still open. */
    void keepOnly(Collection<Hire> open) {
        Set<HireId> ids = open.stream().map(Hire::id).collect(Collectors.toSet());
        quiet.keySet().retainAll(ids);
        changes.keySet().retainAll(ids);
    }
}
