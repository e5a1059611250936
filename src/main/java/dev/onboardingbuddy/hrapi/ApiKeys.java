package dev.onboardingbuddy.hrapi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The API's keys, known only by the SHA-256 of their secret. A revoked key stays, so that it is refused as revoked
 * rather than as unknown. Implementations are thread-safe.
 */
public interface ApiKeys {

    /**
     * @param keyHash the hex SHA-256 of the secret
     * @param revokedAt when it was revoked; empty while it works
     */
    record StoredKey(String name, String keyHash, Instant createdAt, Optional<Instant> revokedAt) {}

    /** @throws IllegalStateException when a key of this name exists and is not revoked */
    void add(String name, String keyHash, Instant at);

    Optional<StoredKey> findByHash(String keyHash);

    /** @return false when no key of this name is active */
    boolean revoke(String name, Instant at);

    /** Every key, revoked ones included, oldest first. */
    List<StoredKey> list();
}
