package dev.onboardingbuddy.persistence;

import dev.onboardingbuddy.checklist.ItemKey;
import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.progress.ItemCounts;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/**
 * Counts hires' items for {@link JdbiProgressRepository#countsOf}: a few hires by id, thousands (an admin's overview)
 * in one pass over the open hires' items. Thread-safe.
 */
final class JdbiItemCounts {
    /** Hires per query of the many-hire reads: an IN list this long stays cheap to parse on H2 and PostgreSQL. */
    private static final int HIRES_PER_QUERY = 500;

    /** Rows per round trip when every open hire's items are read: bounded memory on PostgreSQL, whatever the size. */
    private static final int ROWS_PER_FETCH = 2_000;

    private final Jdbi jdbi;

    JdbiItemCounts(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Each hire's counts of the given items; a hire with none of them is left out. */
    Map<HireId, ItemCounts> of(Collection<HireId> hires, Collection<ItemKey> items, Instant now) {
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

    /**
     * The hires' ids, distinct, in lists of at most {@value #HIRES_PER_QUERY}: the IN lists of the counts here and of
     * {@link JdbiProgressRepository#itemsOf(Collection)}.
     */
    static List<List<String>> chunks(Collection<HireId> hires) {
        List<String> ids = hires.stream().map(HireId::value).distinct().toList();
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += HIRES_PER_QUERY) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + HIRES_PER_QUERY)));
        }
        return chunks;
    }
}
