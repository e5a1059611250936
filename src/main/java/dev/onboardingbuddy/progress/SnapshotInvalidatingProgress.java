package dev.onboardingbuddy.progress;

import dev.onboardingbuddy.checklist.ItemKey;
import dev.onboardingbuddy.enrollment.HireId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The item states, telling {@link StatusSnapshots} of every write (a completion, an undo, a release, a new plan). */
public final class SnapshotInvalidatingProgress implements ProgressRepository {
    private final ProgressRepository progress;
    private final StatusSnapshots snapshots;

    public SnapshotInvalidatingProgress(ProgressRepository progress, StatusSnapshots snapshots) {
        this.progress = progress;
        this.snapshots = snapshots;
    }

    @Override
    public void addPlan(List<ItemState> items) {
        writing(() -> {
            progress.addPlan(items);
            return null;
        });
    }

    @Override
    public boolean complete(HireId hire, ItemKey item, Completion completion) {
        return writing(() -> progress.complete(hire, item, completion));
    }

    @Override
    public boolean undo(HireId hire, ItemKey item, Completion undoneBy) {
        return writing(() -> progress.undo(hire, item, undoneBy));
    }

    @Override
    public void markReleased(HireId hire, Collection<ItemKey> items, Instant at) {
        writing(() -> {
            progress.markReleased(hire, items, at);
            return null;
        });
    }

    @Override
    public void replan(HireId hire, List<ItemState> pending) {
        writing(() -> {
            progress.replan(hire, pending);
            return null;
        });
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

    private <T> T writing(Supplier<T> write) {
        try {
            return write.get();
        } finally {
            snapshots.changed();
        }
    }

    @Override
    public List<ItemState> completedSince(Instant since) {
        return progress.completedSince(since);
    }
}
