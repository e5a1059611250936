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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
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
    /** Hires per query of the many-hire reads: an IN list this long stays cheap to parse on H2 and PostgreSQL. */
    private static final int HIRES_PER_QUERY = 500;

    /** Rows per round trip when every open hire's items are read: bounded memory on PostgreSQL, whatever the size. */
    private static final int ROWS_PER_FETCH = 2_000;

    private static final String ITEM_COLUMNS = "hire_id, item_key, item_number, section_id, release_at, due_at,"
            + " released_at, completed_at, completed_by, completed_how";

    private final Jdbi jdbi;

    public JdbiProgressRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
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
        for (List<String> chunk : chunks(hires)) {
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
        Map<HireId, ItemCounts> counts = new HashMap<>();
        if (items.isEmpty() || hires.isEmpty()) {
            return counts;
        }
        Set<HireId> wanted = new HashSet<>(hires);
        Set<String> keys = items.stream().map(ItemKey::value).collect(Collectors.toSet());
        Collection<HireId> unread = wanted;
        if (wanted.size() > HIRES_PER_QUERY) {
            // An admin's overview counts thousands of hires. Looked up by IN lists, H2 took over a second for 5,000
            // (chunk after chunk of index lookups); reading the items of every open hire in one pass, and counting
            // here, took a tenth of that. Only a hire that is not open (rare in so many) is looked up by id.
            Set<HireId> open = new HashSet<>();
            Map<HireId, Counter> counters = new HashMap<>();
            jdbi.useTransaction(handle -> handle.createQuery("SELECT h.id, s.item_key, s.due_at, s.completed_at"
                            + " FROM hires h JOIN item_states s ON s.hire_id = h.id WHERE h." + JdbiHireRepository.OPEN)
                    .setFetchSize(ROWS_PER_FETCH) // PostgreSQL streams only so, within a transaction
                    .scanResultSet((rows, context) -> {
                        ResultSet row = rows.get();
                        while (row.next()) {
                            HireId hire = new HireId(row.getString(1));
                            open.add(hire);
                            if (wanted.contains(hire) && keys.contains(row.getString(2))) {
                                counters.computeIfAbsent(hire, id -> new Counter())
                                        .count(UtcInstants.read(row, "due_at"), row.getObject(4) != null, now);
                            }
                        }
                        return null;
                    }));
            counters.forEach((hire, counter) -> counts.put(hire, counter.counts()));
            unread = wanted.stream().filter(hire -> !open.contains(hire)).toList();
        }
        for (List<String> chunk : chunks(unread)) {
            jdbi.useHandle(handle -> handle.createQuery("SELECT hire_id, COUNT(*) AS total,"
                            + " SUM(CASE WHEN completed_at IS NOT NULL THEN 1 ELSE 0 END) AS done,"
                            + " SUM(CASE WHEN due_at <= :now THEN 1 ELSE 0 END) AS due,"
                            + " SUM(CASE WHEN completed_at IS NULL AND due_at <= :now THEN 1 ELSE 0 END) AS overdue"
                            + " FROM item_states WHERE hire_id IN (<hires>) AND item_key IN (<items>) GROUP BY hire_id")
                    .bind("now", now)
                    .bindList("hires", chunk)
                    .bindList("items", List.copyOf(keys))
                    .map((row, context) -> Map.entry(
                            new HireId(row.getString("hire_id")),
                            new ItemCounts(
                                    row.getInt("total"), row.getInt("done"), row.getInt("due"), row.getInt("overdue"))))
                    .forEach(entry -> counts.put(entry.getKey(), entry.getValue())));
        }
        return counts;
    }

    /** One hire's counts as the rows go by; what the GROUP BY of the other query counts. */
    private static final class Counter {
        private int total;
        private int done;
        private int due;
        private int overdue;

        void count(Instant dueAt, boolean completed, Instant now) {
            total++;
            done += completed ? 1 : 0;
            if (!dueAt.isAfter(now)) {
                due++;
                overdue += completed ? 0 : 1;
            }
        }

        ItemCounts counts() {
            return new ItemCounts(total, done, due, overdue);
        }
    }

    private static List<List<String>> chunks(Collection<HireId> hires) {
        List<String> ids = hires.stream().map(HireId::value).distinct().toList();
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += HIRES_PER_QUERY) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + HIRES_PER_QUERY)));
        }
        return chunks;
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
                append(handle, hire, item, CompletionEventType.COMPLETED, completion);
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
                append(handle, hire, item, CompletionEventType.UNDONE, undoneBy);
            }
            return updated == 1;
        });
    }

    private static void append(
            Handle handle, HireId hire, ItemKey item, CompletionEventType type, Completion completion) {
        handle.createUpdate("INSERT INTO completion_events (hire_id, item_key, event_type, actor, occurred_at, method)"
                        + " VALUES (:hire, :item, :type, :actor, :at, :how)")
                .bind("hire", hire.value())
                .bind("item", item.value())
                .bind("type", type)
                .bind("actor", completion.by().stored())
                .bind("at", completion.at())
                .bind("how", completion.how())
                .execute();
    }

    @Override
    public Set<HireId> withItemsToRelease(Instant now) {
        // item_states_release_idx (released_at, release_at): the unreleased rows only, not every item of every hire
        return jdbi.withHandle(handle -> handle.createQuery("SELECT DISTINCT hire_id FROM item_states"
                        + " WHERE released_at IS NULL AND release_at <= :now")
                .bind("now", now)
                .mapTo(String.class)
                .map(HireId::new)
                .collect(Collectors.toSet()));
    }

    @Override
    public Set<HireId> withOverdueItems(Instant now) {
        // one pass over item_states that keeps no row but the matching ids: cheaper than loading 5,000 hires' items
        return jdbi.withHandle(handle -> handle.createQuery("SELECT DISTINCT hire_id FROM item_states"
                        + " WHERE released_at IS NOT NULL AND completed_at IS NULL AND due_at <= :now")
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
        return jdbi.withHandle(handle -> handle.createQuery("SELECT hire_id, item_key, event_type, actor, occurred_at,"
                        + " method FROM completion_events WHERE hire_id = :hire ORDER BY id")
                .bind("hire", hire.value())
                .map(JdbiProgressRepository::mapEvent)
                .list());
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

    private static CompletionEvent mapEvent(ResultSet row, StatementContext context) throws SQLException {
        return new CompletionEvent(
                new HireId(row.getString("hire_id")),
                new ItemKey(row.getString("item_key")),
                CompletionEventType.valueOf(row.getString("event_type")),
                ChatUserId.fromStored(row.getString("actor")),
                UtcInstants.read(row, "occurred_at"),
                CompletionMethod.valueOf(row.getString("method")));
    }
}
