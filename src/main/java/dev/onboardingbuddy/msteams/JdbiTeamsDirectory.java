package dev.onboardingbuddy.msteams;

import dev.onboardingbuddy.persistence.SqlErrors;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/** {@link TeamsDirectory} in the {@code msteams_people} table. Thread-safe. */
public final class JdbiTeamsDirectory implements TeamsDirectory {
    private final Jdbi jdbi;

    public JdbiTeamsDirectory(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void remember(Entry seen, Instant at) {
        try {
            jdbi.useTransaction(handle -> upsert(handle, seen, at));
        } catch (JdbiException e) {
            // Two first activities of one person at once both inserted; the second one's update wins the retry.
            if (!SqlErrors.violates(e, "msteams_people")) {
                throw e;
            }
            jdbi.useTransaction(handle -> upsert(handle, seen, at));
        }
    }

    private static void upsert(Handle handle, Entry seen, Instant at) {
        int updated = handle.createUpdate("UPDATE msteams_people SET aad_object_id = COALESCE(:aad, aad_object_id),"
                        + " name = COALESCE(:name, name), service_url = :serviceUrl, tenant_id = COALESCE(:tenant, tenant_id),"
                        + " conversation_id = COALESCE(:conversation, conversation_id), time_zone = COALESCE(:zone, time_zone),"
                        + " updated_at = :at WHERE user_id = :user")
                .bind("aad", seen.aadObjectId().orElse(null))
                .bind("name", seen.name().isBlank() ? null : seen.name())
                .bind("serviceUrl", seen.serviceUrl())
                .bind("tenant", seen.tenantId().orElse(null))
                .bind("conversation", seen.conversationId().orElse(null))
                .bind("zone", seen.timeZone().orElse(null))
                .bind("at", at)
                .bind("user", seen.userId())
                .execute();
        if (updated == 0) {
            handle.createUpdate("INSERT INTO msteams_people (user_id, aad_object_id, name, service_url, tenant_id,"
                            + " conversation_id, time_zone, updated_at) VALUES (:user, :aad, :name, :serviceUrl, :tenant,"
                            + " :conversation, :zone, :at)")
                    .bind("user", seen.userId())
                    .bind("aad", seen.aadObjectId().orElse(null))
                    .bind("name", seen.name())
                    .bind("serviceUrl", seen.serviceUrl())
                    .bind("tenant", seen.tenantId().orElse(null))
                    .bind("conversation", seen.conversationId().orElse(null))
                    .bind("zone", seen.timeZone().orElse(null))
                    .bind("at", at)
                    .execute();
        }
    }

    @Override
    public Optional<Entry> find(String userId) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT user_id, aad_object_id, name, service_url, tenant_id,"
                                + " conversation_id, time_zone FROM msteams_people WHERE user_id = :user")
                .bind("user", userId)
                .map((row, context) -> new Entry(
                        row.getString("user_id"),
                        Optional.ofNullable(row.getString("aad_object_id")),
                        String.valueOf(row.getString("name")),
                        row.getString("service_url"),
                        Optional.ofNullable(row.getString("tenant_id")),
                        Optional.ofNullable(row.getString("conversation_id")),
                        Optional.ofNullable(row.getString("time_zone"))))
                .findOne());
    }

    @Override
    public void rememberAddresses(
            String userId, String serviceUrl, Optional<String> email, Optional<String> upn, Instant at) {
        Optional<String> mail = email.map(JdbiTeamsDirectory::lower);
        Optional<String> principal = upn.map(JdbiTeamsDirectory::lower);
        jdbi.useTransaction(handle -> {
            int updated = handle.createUpdate("UPDATE msteams_people SET email = COALESCE(:email, email),"
                            + " upn = COALESCE(:upn, upn), updated_at = :at WHERE user_id = :user")
                    .bind("email", mail.orElse(null))
                    .bind("upn", principal.orElse(null))
                    .bind("at", at)
                    .bind("user", userId)
                    .execute();
            if (updated == 0) {
                handle.createUpdate("INSERT INTO msteams_people (user_id, service_url, email, upn, updated_at)"
                                + " VALUES (:user, :serviceUrl, :email, :upn, :at)")
                        .bind("user", userId)
                        .bind("serviceUrl", serviceUrl)
                        .bind("email", mail.orElse(null))
                        .bind("upn", principal.orElse(null))
                        .bind("at", at)
                        .execute();
            }
        });
    }

    @Override
    public Optional<String> findByAddress(String address) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT user_id FROM msteams_people"
                        + " WHERE email = :address OR upn = :address ORDER BY updated_at DESC")
                .bind("address", lower(address))
                .mapTo(String.class)
                .findFirst());
    }

    private static String lower(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }
}
