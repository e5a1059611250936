package dev.onboardingbuddy.home;

import dev.onboardingbuddy.checklist.ItemKey;
import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.progress.Completion;
import dev.onboardingbuddy.progress.CompletionEvent;
import dev.onboardingbuddy.progress.ItemCounts;
import dev.onboardingbuddy.progress.ItemState;
import dev.onboardingbuddy.progress.ProgressRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link ProgressRepository} that reports to {@link ChangedHires} what changes a home: a completion or undo, a
 * release, a new plan. Thread-safe.
 */
public final class WatchedProgress implements ProgressRepository {
    private final ProgressRepository progress;
    private final ChangedHires changes;

    public WatchedProgress(ProgressRepository progress, ChangedHires changes) {
        this.progress = progress;
        this.changes = changes;
    }

    @Override
    public void addPlan(List<ItemState> items) {
        progress.addPlan(items);
        items.stream().map(ItemState::hireId).distinct().forEach(hire -> changes.changed(hire, Set.of()));
    }

    @Override
    public boolean complete(HireId hire, ItemKey item, Completion completion) {
        boolean completed = progress.complete(hire, item, completion);
        if (completed) {
            changes.changed(hire, Set.of());
        }
        return completed;
    }

    @Override
    public boolean undo(HireId hire, ItemKey item, Completion undoneBy) {
        boolean undone = progress.undo(hire, item, undoneBy);
        if (undone) {
            changes.changed(hire, Set.of());
        }
        return undone;
    }

    @Override
    public Set<HireId> withItemsToRelease(Instant now) {
        return progress.withItemsToRelease(now);
    }

    @Override
    public Set<HireId> withOverdueItems(Instant now) {
        return progress.withOverdueItems(now);
    }

    @Override
    public void markReleased(HireId hire, Collection<ItemKey> items, Instant at) {
        progress.markReleased(hire, items, at);
        if (!items.isEmpty()) {
            changes.changed(hire, Set.of());
        }
    }

    @Override
    public void replan(HireId hire, List<ItemState> pending) {
        progress.replan(hire, pending);
        changes.changed(hire, Set.of());
    }

    @Override
    public List<ItemState> itemsOf(HireId hire) {
        return progress.itemsOf(hire);
    }

    @Override
    public Map<HireId, List<ItemState>> itemsOf(Collection<HireId> hires) {
        return progress.itemsOf(hires);
    }

    @Override
    public Map<HireId, ItemCounts> countsOf(Collection<HireId> hires, Collection<ItemKey> items, Instant now) {
        return progress.countsOf(hires, items, now);
    }

    @Override
    public List<CompletionEvent> historyOf(HireId hire) {
        return progress.historyOf(hire);
    }

    @Override
    public List<ItemState> completedSince(Instant since) {
        return progress.completedSince(since);
    }
}
