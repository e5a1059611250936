package dev.onboardingbuddy.persistence;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.ManagerGrants;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/** Managers granted by admins, in {@code manager_grants}; joins the caller's transaction. */
public final class JdbiManagerGrants implements ManagerGrants {
    private final Jdbi jdbi;
    private final DatabaseVendor vendor;

    public JdbiManagerGrants(Jdbi jdbi, DatabaseVendor vendor) {
        this.jdbi = jdbi;
        this.vendor = vendor;
    }

    /**
     * Same pattern as {@link JdbiProcessedEvents#firstSeen}: ON CONFLICT on PostgreSQL, where a caught violation would
     * abort the surrounding transaction; the caught violation on H2, where it does not.
     */
    @Override
    public boolean grant(ChatUserId person, ChatUserId grantedBy, Instant at) {
        String onConflict = vendor == DatabaseVendor.POSTGRESQL ? " ON CONFLICT (user_id) DO NOTHING" : "";
        try {
            return jdbi.withHandle(handle -> handle.createUpdate("INSERT INTO manager_grants (user_id, granted_by, "
                                    + "granted_at) VALUES (:user, :by, :at)" + onConflict)
                            .bind("user", person.stored())
                            .bind("by", grantedBy.stored())
                            .bind("at", at)
                            .execute())
                    == 1;
        } catch (JdbiException e) {
            if (SqlErrors.violates(e, "manager_grants_pk")) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public boolean revoke(ChatUserId person) {
        return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM manager_grants WHERE user_id = :user")
                        .bind("user", person.stored())
                        .execute())
                > 0;
    }

    @Override
    public boolean isGranted(ChatUserId person) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM manager_grants WHERE user_id = :user")
                        .bind("user", person.stored())
                        .mapTo(Integer.class)
                        .one())
                > 0;
    }

    @Override
    public List<ChatUserId> granted() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT user_id FROM manager_grants ORDER BY user_id")
                .map((row, context) -> ChatUserId.fromStored(row.getString("user_id")))
                .list());
    }
}
