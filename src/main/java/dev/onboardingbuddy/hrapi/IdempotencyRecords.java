package dev.onboardingbuddy.hrapi;

import java.time.Instant;
import java.util.Optional;

/**
 * The answers to API requests sent with an {@code Idempotency-Key}, per API key, so that a retried request is
 * answered as the first one was instead of being carried out twice. Implementations are thread-safe.
 */
public interface IdempotencyRecords {

    /** @param requestHash tells a retry of the same request from another request reusing the key */
    record Answer(String requestHash, int status, String body) {}

    Optional<Answer> find(String keyName, String idempotencyKey);

    /** @return false, storing nothing, when an answer for this key exists (a concurrent request stored it first) */
    boolean save(String keyName, String idempotencyKey, Answer answer, Instant at);

    /** Forgets answers stored before {@code before}; returns how many. */
    int pruneBefore(Instant before);
}
