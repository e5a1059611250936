package dev.onboardingbuddy.persistence;

import dev.onboardingbuddy.notification.ProcessedEvents;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Seen event ids in {@code processed_events}. The primary key decides who saw an id first, so two instances
 * receiving the same retried event at once handle it once. Old rows are pruned by {@link #forgetBefore}.
 */
public final class JdbiProcessedEvents implements ProcessedEvents {

    private final Jdbi jdbi;
    private final DatabaseVendor vendor;

    public JdbiProcessedEvents(Jdbi jdbi, DatabaseVendor vendor) {
        this.jdbi = jdbi;
        this.vendor = vendor;
    }

    /** Same pattern as {@link JdbiOutbox#enqueue}: ON CONFLICT on PostgreSQL, the caught violation on H2. */
    @Override
    public boolean firstSeen(String eventId, Instant at) {
        String onConflict = vendor == DatabaseVendor.POSTGRESQL ? " ON CONFLICT (event_id) DO NOTHING" : "";
        try {
            return jdbi.withHandle(handle -> handle.createUpdate(
                                    "INSERT INTO processed_events (event_id, seen_at) VALUES (:id, :at)" + onConflict)
                            .bind("id", eventId)
                            .bind("at", at)
                            .execute())
                    == 1;
        } catch (JdbiException e) {
            if (SqlErrors.violates(e, "processed_events")) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public int forgetBefore(Instant before) {
        return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM processed_events WHERE seen_at < :before")
                .bind("before", before)
                .execute());
    }
}
