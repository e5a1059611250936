package dev.onboardingbuddy.persistence;

import dev.onboardingbuddy.checklist.ItemKey;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.progress.Completion;
import dev.onboardingbuddy.progress.CompletionEvent;
import dev.onboardingbuddy.progress.CompletionEventType;
import dev.onboardingbuddy.progress.CompletionMethod;
import dev.onboardingbuddy.progress.ItemCounts;
import dev.onboardingbuddy.progress.ItemState;
import dev.onboardingbuddy.progress.ProgressRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Item states in {@code item_states} and their history in {@code completion_events}. A state change is a conditional
 * UPDATE whose row count decides whether the event is appended, in the same transaction: two people pressing "done"
 * at once produce one completion and one event, because the second UPDATE waits for the first row lock and then no
 * longer matches.
 */
public final class JdbiProgressRepository implements ProgressRepository {
    private static final String ITEM_COLUMNS = "hire_id, item_key, item_number, section_id, release_at, due_at,"
            + " released_at, completed_at, completed_by, completed_how";

    private final Jdbi jdbi;
    private final JdbiItemCounts counts;

    public JdbiProgressRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.counts = new JdbiItemCounts(jdbi);
    }

    @Override
    public void addPlan(List<ItemState> items) {
        if (items.isEmpty()) {
            return;
        }
        jdbi.useTransaction(handle -> {
            PreparedBatch batch = handle.prepareBatch(
                    "INSERT INTO item_states (hire_id, item_key, item_number, section_id,"
                            + " release_at, due_at, released_at, completed_at, completed_by, completed_how) VALUES (:hire, :item,"
                            + " :number, :section, :releaseAt, :dueAt, :releasedAt, :completedAt, :completedBy, :completedHow)");
            for (ItemState item : items) {
                batch.bind("hire", item.hireId().value())
                        .bind("item", item.itemKey().value())
                        .bind("number", item.number())
                        .bind("section", item.sectionId())
                        .bind("releaseAt", item.releaseAt())
                        .bind("dueAt", item.dueAt())
                        .bindByType("releasedAt", item.releasedAt().orElse(null), Instant.class)
                        .bindByType(
                                "completedAt",
                                item.completion().map(Completion::at).orElse(null),
                                Instant.class)
                        .bind(
                                "completedBy",
                                item.completion()
                                        .map(completion -> completion.by().stored())
                                        .orElse(null))
                        .bind(
                                "completedHow",
                                item.completion()
                                        .map(completion -> completion.how().name())
                                        .orElse(null))
                        .add();
            }
            batch.execute();
        });
    }

    @Override
    public List<ItemState> itemsOf(HireId hire) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT " + ITEM_COLUMNS + " FROM item_states" + " WHERE hire_id = :hire ORDER BY item_number")
                .bind("hire", hire.value())
                .map(JdbiProgressRepository::mapItem)
                .list());
    }

    @Override
    public Map<HireId, List<ItemState>> itemsOf(Collection<HireId> hires) {
        Map<HireId, List<ItemState>> byHire = new LinkedHashMap<>();
        for (List<String> chunk : JdbiItemCounts.chunks(hires)) {
            jdbi.useHandle(handle -> handle.createQuery("SELECT " + ITEM_COLUMNS + " FROM item_states"
                            + " WHERE hire_id IN (<hires>) ORDER BY hire_id, item_number")
                    .bindList("hires", chunk)
                    .map(JdbiProgressRepository::mapItem)
                    .forEach(item -> byHire.computeIfAbsent(item.hireId(), id -> new ArrayList<>())
                            .add(item)));
        }
        return byHire;
    }

    @Override
    public Map<HireId, ItemCounts> countsOf(Collection<HireId> hires, Collection<ItemKey> items, Instant now) {
        return counts.of(hires, items, now);
    }

    @Override
    public boolean complete(HireId hire, ItemKey item, Completion completion) {
        return jdbi.inTransaction(handle -> {
            int updated = handle.createUpdate(
                            "UPDATE item_states SET completed_at = :at, completed_by = :by,"
                                    + " completed_how = :how WHERE hire_id = :hire AND item_key = :item AND completed_at IS NULL")
                    .bind("at", completion.at())
                    .bind("by", completion.by().stored())
                    .bind("how", completion.how())
                    .bind("hire", hire.value())
                    .bind("item", item.value())
                    .execute();
            if (updated == 1) {
                JdbiCompletionEvents.append(handle, hire, item, CompletionEventType.COMPLETED, completion);
            }
            return updated == 1;
        });
    }

    @Override
    public boolean undo(HireId hire, ItemKey item, Completion undoneBy) {
        return jdbi.inTransaction(handle -> {
            int updated = handle.createUpdate(
                            "UPDATE item_states SET completed_at = NULL, completed_by = NULL,"
                                    + " completed_how = NULL WHERE hire_id = :hire AND item_key = :item AND completed_at IS NOT NULL")
                    .bind("hire", hire.value())
                    .bind("item", item.value())
                    .execute();
            if (updated == 1) {
                JdbiCompletionEvents.append(handle, hire, item, CompletionEventType.UNDONE, undoneBy);
            }
            return updated == 1;
        });
    }

    @Override
    public Set<HireId> withItemsToRelease(Instant now) {
        // item_states_release_idx (released_at, release_at): the unreleased rows only, not every item of every hire
        return hiresWithItems("released_at IS NULL AND release_at <= :now", now);
    }

    @Override
    public Set<HireId> withOverdueItems(Instant now) {
        // one pass over item_states that keeps no row but the matching ids: cheaper than loading 5,000 hires' items
        return hiresWithItems("released_at IS NOT NULL AND completed_at IS NULL AND due_at <= :now", now);
    }

    /** The hires with an item that matches {@code condition}, in which {@code :now} is bound. */
    private Set<HireId> hiresWithItems(String condition, Instant now) {
        return jdbi.withHandle(
                handle -> handle.createQuery("SELECT DISTINCT hire_id FROM item_states WHERE " + condition)
                        .bind("now", now)
                        .mapTo(String.class)
                        .map(HireId::new)
                        .collect(Collectors.toSet()));
    }

    @Override
    public void markReleased(HireId hire, Collection<ItemKey> items, Instant at) {
        if (items.isEmpty()) {
            return;
        }
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE item_states SET released_at = :at"
                        + " WHERE hire_id = :hire AND item_key IN (<items>) AND released_at IS NULL")
                .bind("at", at)
                .bind("hire", hire.value())
                .bindList("items", items.stream().map(ItemKey::value).toList())
                .execute());
    }

    @Override
    public void replan(HireId hire, List<ItemState> pending) {
        if (pending.isEmpty()) {
            return;
        }
        jdbi.useTransaction(handle -> {
            PreparedBatch batch = handle.prepareBatch("UPDATE item_states SET release_at = :releaseAt, due_at = :dueAt"
                    + " WHERE hire_id = :hire AND item_key = :item AND released_at IS NULL");
            for (ItemState item : pending) {
                batch.bind("releaseAt", item.releaseAt())
                        .bind("dueAt", item.dueAt())
                        .bind("hire", hire.value())
                        .bind("item", item.itemKey().value())
                        .add();
            }
            batch.execute();
        });
    }

    @Override
    public List<CompletionEvent> historyOf(HireId hire) {
        return jdbi.withHandle(handle -> JdbiCompletionEvents.of(handle, hire));
    }

    @Override
    public List<ItemState> completedSince(Instant since) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + ITEM_COLUMNS + " FROM item_states"
                        + " WHERE completed_at >= :since ORDER BY completed_at, hire_id, item_key")
                .bind("since", since)
                .map(JdbiProgressRepository::mapItem)
                .list());
    }

    private static ItemState mapItem(ResultSet row, StatementContext context) throws SQLException {
        Instant completedAt = UtcInstants.read(row, "completed_at");
        Optional<Completion> completion = completedAt == null
                ? Optional.empty()
                : Optional.of(new Completion(
                        ChatUserId.fromStored(row.getString("completed_by")),
                        completedAt,
                        CompletionMethod.valueOf(row.getString("completed_how"))));
        return new ItemState(
                new HireId(row.getString("hire_id")),
                new ItemKey(row.getString("item_key")),
                row.getInt("item_number"),
                row.getString("section_id"),
                UtcInstants.read(row, "release_at"),
                UtcInstants.read(row, "due_at"),
                Optional.ofNullable(UtcInstants.read(row, "released_at")),
                completion);
    }
}
