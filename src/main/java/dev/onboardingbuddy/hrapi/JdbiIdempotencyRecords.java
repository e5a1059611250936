package dev.onboardingbuddy.hrapi;

import dev.onboardingbuddy.persistence.SqlErrors;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/** {@link IdempotencyRecords} in {@code api_idempotency} (V11); the primary key decides a race. Thread-safe. */
public final class JdbiIdempotencyRecords implements IdempotencyRecords {
    private final Jdbi jdbi;

    public JdbiIdempotencyRecords(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<Answer> find(String keyName, String idempotencyKey) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT request_hash, status, body FROM api_idempotency"
                        + " WHERE key_name = :name AND idempotency_key = :key")
                .bind("name", keyName)
                .bind("key", idempotencyKey)
                .map((row, context) ->
                        new Answer(row.getString("request_hash"), row.getInt("status"), row.getString("body")))
                .findOne());
    }

    @Override
    public boolean save(String keyName, String idempotencyKey, Answer answer, Instant at) {
        try {
            jdbi.useHandle(handle -> handle.createUpdate(
                            "INSERT INTO api_idempotency (key_name, idempotency_key,"
                                    + " request_hash, status, body, created_at) VALUES (:name, :key, :hash, :status, :body, :at)")
                    .bind("name", keyName)
                    .bind("key", idempotencyKey)
                    .bind("hash", answer.requestHash())
                    .bind("status", answer.status())
                    .bind("body", answer.body())
                    .bind("at", at)
                    .execute());
            return true;
        } catch (JdbiException e) {
            if (SqlErrors.violates(e, "api_idempotency")) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public int pruneBefore(Instant before) {
        return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM api_idempotency WHERE created_at < :before")
                .bind("before", before)
                .execute());
    }
}
