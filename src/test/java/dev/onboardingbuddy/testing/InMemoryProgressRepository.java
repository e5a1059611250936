package dev.onboardingbuddy.testing;

import dev.onboardingbuddy.checklist.ItemKey;
import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.progress.Completion;
import dev.onboardingbuddy.progress.CompletionEvent;
import dev.onboardingbuddy.progress.CompletionEventType;
import dev.onboardingbuddy.progress.ItemCounts;
import dev.onboardingbuddy.progress.ItemState;
import dev.onboardingbuddy.progress.ProgressRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A {@link ProgressRepository} in maps; passes {@link ProgressRepositoryContract}. Thread-safe (one lock). */
public final class InMemoryProgressRepository implements ProgressRepository {

    private record Key(HireId hire, ItemKey item) {}

    private final Map<Key, ItemState> items = new LinkedHashMap<>();
    private final List<CompletionEvent> history = new ArrayList<>();

    @Override
    public synchronized void addPlan(List<ItemState> plan) {
        for (ItemState item : plan) {
            boolean numberTaken = items.values().stream()
                    .anyMatch(other -> other.hireId().equals(item.hireId()) && other.number() == item.number());
            if (items.containsKey(key(item)) || numberTaken) {
                throw new IllegalStateException("item " + item.itemKey() + " or number " + item.number() + " exists");
            }
        }
        plan.forEach(item -> items.put(key(item), item));
    }

    @Override
    public synchronized List<ItemState> itemsOf(HireId hire) {
        return items.values().stream()
                .filter(item -> item.hireId().equals(hire))
                .sorted(Comparator.comparingInt(ItemState::number))
                .toList();
    }

    @Override
    public synchronized Map<HireId, List<ItemState>> itemsOf(Collection<HireId> hires) {
        Map<HireId, List<ItemState>> byHire = new LinkedHashMap<>();
        for (HireId hire : new HashSet<>(hires)) {
            List<ItemState> mine = itemsOf(hire);
            if (!mine.isEmpty()) {
                byHire.put(hire, mine);
            }
        }
        return byHire;
    }

    @Override
    public synchronized Map<HireId, ItemCounts> countsOf(
            Collection<HireId> hires, Collection<ItemKey> keys, Instant now) {
        Set<ItemKey> wanted = new HashSet<>(keys);
        Map<HireId, ItemCounts> counts = new HashMap<>();
        for (HireId hire : new HashSet<>(hires)) {
            List<ItemState> mine = itemsOf(hire).stream()
                    .filter(item -> wanted.contains(item.itemKey()))
                    .toList();
            if (!mine.isEmpty()) {
                counts.put(
                        hire,
                        new ItemCounts(
                                mine.size(),
                                (int) mine.stream().filter(ItemState::isDone).count(),
                                (int) mine.stream()
                                        .filter(item -> !now.isBefore(item.dueAt()))
                                        .count(),
                                (int) mine.stream()
                                        .filter(item -> item.isOverdueAt(now))
                                        .count()));
            }
        }
        return counts;
    }

    @Override
    public synchronized boolean complete(HireId hire, ItemKey item, Completion completion) {
        ItemState state = items.get(new Key(hire, item));
        if (state == null || state.isDone()) {
            return false;
        }
        items.put(key(state), with(state, state.releasedAt(), Optional.of(completion)));
        history.add(new CompletionEvent(
                hire, item, CompletionEventType.COMPLETED, completion.by(), completion.at(), completion.how()));
        return true;
    }

    @Override
    public synchronized boolean undo(HireId hire, ItemKey item, Completion undoneBy) {
        ItemState state = items.get(new Key(hire, item));
        if (state == null || !state.isDone()) {
            return false;
        }
        items.put(key(state), with(state, state.releasedAt(), Optional.empty()));
        history.add(new CompletionEvent(
                hire, item, CompletionEventType.UNDONE, undoneBy.by(), undoneBy.at(), undoneBy.how()));
        return true;
    }

    @Override
    public synchronized Set<HireId> withItemsToRelease(Instant now) {
        return items.values().stream()
                .filter(state -> !state.isReleased() && !state.releaseAt().isAfter(now))
                .map(ItemState::hireId)
                .collect(Collectors.toSet());
    }

    @Override
    public synchronized Set<HireId> withOverdueItems(Instant now) {
        return items.values().stream()
                .filter(state -> state.isReleased() && state.isOverdueAt(now))
                .map(ItemState::hireId)
                .collect(Collectors.toSet());
    }

    @Override
    public synchronized void markReleased(HireId hire, Collection<ItemKey> keys, Instant at) {
        for (ItemKey item : keys) {
            ItemState state = items.get(new Key(hire, item));
            if (state != null && !state.isReleased()) {
                items.put(key(state), with(state, Optional.of(at), state.completion()));
            }
        }
    }

    @Override
    public synchronized void replan(HireId hire, List<ItemState> pending) {
        for (ItemState planned : pending) {
            ItemState state = items.get(new Key(hire, planned.itemKey()));
            if (state != null && !state.isReleased()) {
                items.put(
                        key(state),
                        new ItemState(
                                state.hireId(),
                                state.itemKey(),
                                state.number(),
                                state.sectionId(),
                                planned.releaseAt(),
                                planned.dueAt(),
                                state.releasedAt(),
                                state.completion()));
            }
        }
    }

    @Override
    public synchronized List<CompletionEvent> historyOf(HireId hire) {
        return history.stream().filter(event -> event.hireId().equals(hire)).toList();
    }

    @Override
    public synchronized List<ItemState> completedSince(Instant since) {
        return items.values().stream()
                .filter(state -> state.completion()
                        .map(completion -> !completion.at().isBefore(since))
                        .orElse(false))
                .sorted(Comparator.comparing((ItemState state) ->
                                state.completion().orElseThrow().at())
                        .thenComparing(state -> state.hireId().value())
                        .thenComparing(state -> state.itemKey().value()))
                .toList();
    }

    private static Key key(ItemState item) {
        return new Key(item.hireId(), item.itemKey());
    }

    private static ItemState with(ItemState state, Optional<Instant> releasedAt, Optional<Completion> completion) {
        return new ItemState(
                state.hireId(),
                state.itemKey(),
                state.number(),
                state.sectionId(),
                state.releaseAt(),
                state.dueAt(),
                releasedAt,
                completion);
    }
}
