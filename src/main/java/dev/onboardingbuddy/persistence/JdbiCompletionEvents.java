package dev.onboardingbuddy.persistence;

import dev.onboardingbuddy.checklist.ItemKey;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.progress.Completion;
import dev.onboardingbuddy.progress.CompletionEvent;
import dev.onboardingbuddy.progress.CompletionEventType;
import dev.onboardingbuddy.progress.CompletionMethod;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The append-only history in {@code completion_events}, written by {@link JdbiProgressRepository} in the transaction
 * of the state change it records.
 */
final class JdbiCompletionEvents {
    private JdbiCompletionEvents() {}

    /** A hire's events in the order they were appended. */
    static List<CompletionEvent> of(Handle handle, HireId hire) {
        return handle.createQuery("SELECT hire_id, item_key, event_type, actor, occurred_at,"
                        + " method FROM completion_events WHERE hire_id = :hire ORDER BY id")
                .bind("hire", hire.value())
                .map(JdbiCompletionEvents::mapEvent)
                .list();
    }

    static void append(Handle handle, HireId hire, ItemKey item, CompletionEventType type, Completion completion) {
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
