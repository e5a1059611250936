package dev.onboardingbuddy.hrapi;

import dev.onboardingbuddy.persistence.SqlErrors;
import dev.onboardingbuddy.persistence.UtcInstants;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.StatementContext;

/** {@link ApiKeys} in {@code api_keys} (V11): hashes only; a name is unique among keys not revoked. Thread-safe. */
public final class JdbiApiKeys implements ApiKeys {
    private static final String COLUMNS = "name, key_hash, created_at, revoked_at";
    private final Jdbi jdbi;

    public JdbiApiKeys(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(String name, String keyHash, Instant at) {
        try {
            jdbi.useHandle(
                    handle -> handle.createUpdate("INSERT INTO api_keys (name, key_hash, created_at, active_name)"
                                    + " VALUES (:name, :hash, :at, :name)")
                            .bind("name", name)
                            .bind("hash", keyHash)
                            .bind("at", at)
                            .execute());
        } catch (JdbiException e) {
            if (SqlErrors.violates(e, "api_keys_one_active_per_name")) {
                throw new IllegalStateException(
                        "an API key named '" + name + "' exists; revoke it first or choose another " + "name");
            }
            throw e;
        }
    }

    @Override
    public Optional<StoredKey> findByHash(String keyHash) {
        return jdbi.withHandle(
                handle -> handle.createQuery("SELECT " + COLUMNS + " FROM api_keys WHERE key_hash = :hash")
                        .bind("hash", keyHash)
                        .map(JdbiApiKeys::map)
                        .findOne());
    }

    @Override
    public boolean revoke(String name, Instant at) {
        return jdbi.withHandle(handle -> handle.createUpdate("UPDATE api_keys SET revoked_at = :at, active_name = NULL"
                                + " WHERE active_name = :name")
                        .bind("at", at)
                        .bind("name", name)
                        .execute())
                > 0;
    }

    @Override
    public List<StoredKey> list() {
        return jdbi.withHandle(
                handle -> handle.createQuery("SELECT " + COLUMNS + " FROM api_keys ORDER BY created_at, id")
                        .map(JdbiApiKeys::map)
                        .list());
    }

    private static StoredKey map(ResultSet row, StatementContext context) throws SQLException {
        return new StoredKey(
                row.getString("name"),
                row.getString("key_hash"),
                UtcInstants.read(row, "created_at"),
                Optional.ofNullable(UtcInstants.read(row, "revoked_at")));
    }
}
