package dev.onboardingbuddy.persistence;

import dev.onboardingbuddy.checklist.ItemKey;
import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.reminders.Snoozes;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/** Snoozed items in {@code snoozes}; a new snooze of the same item replaces the old one. */
public final class JdbiSnoozes implements Snoozes {
    private final Jdbi jdbi;

    public JdbiSnoozes(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void snooze(HireId hire, ItemKey item, Instant until) {
        // update, else insert; a concurrent insert of the same item (a double click) wins the insert, so ours updates
        // it.
        // Portable across H2 and PostgreSQL; each statement commits on its own, so a caught violation aborts nothing.
        jdbi.useHandle(handle -> {
            if (update(handle, hire, item, until) > 0) {
                return;
            }
            try {
                handle.createUpdate(
                                "INSERT INTO snoozes (hire_id, item_key, snoozed_until) VALUES (:hire, :item, :until)")
                        .bind("hire", hire.value())
                        .bind("item", item.value())
                        .bind("until", until)
                        .execute();
            } catch (JdbiException e) {
                if (!SqlErrors.violates(e, "snoozes_pk")) {
                    throw e;
                }
                update(handle, hire, item, until);
            }
        });
    }

    private static int update(Handle handle, HireId hire, ItemKey item, Instant until) {
        return handle.createUpdate(
                        "UPDATE snoozes SET snoozed_until = :until WHERE hire_id = :hire AND item_key = :item")
                .bind("hire", hire.value())
                .bind("item", item.value())
                .bind("until", until)
                .execute();
    }

    @Override
    public Map<ItemKey, Instant> of(HireId hire) {
        Map<ItemKey, Instant> snoozes = new LinkedHashMap<>();
        jdbi.useHandle(handle -> handle.createQuery("SELECT item_key, snoozed_until FROM snoozes WHERE hire_id = :hire")
                .bind("hire", hire.value())
                .map((row, context) ->
                        Map.entry(new ItemKey(row.getString("item_key")), UtcInstants.read(row, "snoozed_until")))
                .forEach(entry -> snoozes.put(entry.getKey(), entry.getValue())));
        return snoozes;
    }
}
