package dev.onboardingbuddy.persistence;

import dev.onboardingbuddy.checklist.ItemKey;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.reminders.HeldReview;
import dev.onboardingbuddy.reminders.ReviewLog;
import dev.onboardingbuddy.timeline.ReminderKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Held reviews and met meetings in the {@code reminders} table, one row per hire, item and kind; the unique key
 * decides which of two simultaneous "held" clicks is recorded.
 */
public final class JdbiReviewLog implements ReviewLog {
    private static final String COLUMNS = "hire_id, item_key, kind, held_by, held_at, notes";
    private final Jdbi jdbi;
    private final DatabaseVendor vendor;

    public JdbiReviewLog(Jdbi jdbi, DatabaseVendor vendor) {
        this.jdbi = jdbi;
        this.vendor = vendor;
    }

    @Override
    public boolean record(HeldReview held) {
        String onConflict =
                vendor == DatabaseVendor.POSTGRESQL ? " ON CONFLICT (hire_id, item_key, kind) DO NOTHING" : "";
        try {
            return jdbi.withHandle(handle -> handle.createUpdate(
                                    "INSERT INTO reminders (hire_id, item_key, kind, due_at,"
                                            + " status, held_at, held_by, notes) VALUES (:hire, :item, :kind, :at, 'HELD', :at, :by, :notes)"
                                            + onConflict)
                            .bind("hire", held.hire().value())
                            .bind("item", held.item().value())
                            .bind("kind", held.kind().name())
                            .bind("at", held.at())
                            .bind("by", held.by().stored())
                            .bind(
                                    "notes",
                                    held.notes().length() > 2000 ? held.notes().substring(0, 2000) : held.notes())
                            .execute())
                    == 1;
        } catch (JdbiException e) {
            if (SqlErrors.violates(e, "reminders")) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Optional<HeldReview> find(HireId hire, ItemKey item, ReminderKind kind) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM reminders"
                        + " WHERE hire_id = :hire AND item_key = :item AND kind = :kind AND held_at IS NOT NULL")
                .bind("hire", hire.value())
                .bind("item", item.value())
                .bind("kind", kind.name())
                .map(JdbiReviewLog::map)
                .findOne());
    }

    @Override
    public List<HeldReview> forHire(HireId hire) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM reminders"
                        + " WHERE hire_id = :hire AND held_at IS NOT NULL ORDER BY held_at, item_key")
                .bind("hire", hire.value())
                .map(JdbiReviewLog::map)
                .list());
    }

    private static HeldReview map(ResultSet row, StatementContext context) throws SQLException {
        return new HeldReview(
                new HireId(row.getString("hire_id")),
                new ItemKey(row.getString("item_key")),
                ReminderKind.valueOf(row.getString("kind")),
                ChatUserId.fromStored(row.getString("held_by")),
                UtcInstants.read(row, "held_at"),
                row.getString("notes"));
    }
}
