package dev.onboardingbuddy.progress;

import dev.onboardingbuddy.checklist.ItemKey;
import dev.onboardingbuddy.enrollment.HireId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Item states and the append-only completion history of every hire. Implementations are thread-safe and make each
 * method atomic: a completion and its history event are stored together or not at all.
 */
public interface ProgressRepository {

    /** Stores the planned items of a newly enrolled hire. */
    void addPlan(List<ItemState> items);

    /** The hire's items ordered by number. */
    List<ItemState> itemsOf(HireId hire);

    /** The items of several hires in one round trip, each hire's ordered by number; a hire without items is absent. */
    Map<HireId, List<ItemState>> itemsOf(Collection<HireId> hires);

    /**
     * Counts, per hire, those of the named items the hire has (the others are left out): what {@code status} ranks
     * thousands of hires by without loading their items. A hire without any of the items is absent.
     */
    Map<HireId, ItemCounts> countsOf(Collection<HireId> hires, Collection<ItemKey> items, Instant now);

    /**
     * Completes an open item and appends a COMPLETED event.
     *
     * @return false, storing nothing, when the item was already complete
     */
    boolean complete(HireId hire, ItemKey item, Completion completion);

    /**
     * Reopens a completed item and appends an UNDONE event.
     *
     * @return false, storing nothing, when the item was not complete
     */
    boolean undo(HireId hire, ItemKey item, Completion undoneBy);

    /** The hires with an item not yet released whose release instant is {@code now} or earlier. */
    Set<HireId> withItemsToRelease(Instant now);

    /**
     * The hires with a released item not done whose due instant is {@code now} or earlier: those an overdue digest
     * may concern, found without loading every hire's items.
     */
    Set<HireId> withOverdueItems(Instant now);

    /** Marks items as released at the given instant; items already released keep their first instant. */
    void markReleased(HireId hire, Collection<ItemKey> items, Instant at);

    /** Moves the planned release and due instants of items that are not yet released (a changed start date). */
    void replan(HireId hire, List<ItemState> pending);

    List<CompletionEvent> historyOf(HireId hire);

    /**
     * Every item completed at or after {@code since} and still complete (an undone item is left out), oldest completion
     * first, ties by hire and item: what compliance exports list.
     */
    List<ItemState> completedSince(Instant since);
}
