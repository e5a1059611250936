package dev.onboardingbuddy.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onboardingbuddy.hrapi.ApiKeys;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ApiKeys} does; subclasses supply the store under test. */
public abstract class ApiKeysContract {
    private static final Instant MONDAY = Instant.parse("2026-12-07T09:00:00.123456Z");
    private ApiKeys keys;

    protected abstract ApiKeys newKeys();

    @BeforeEach
    void createKeys() {
        keys = newKeys();
    }

    @Test
    void aKeyIsFoundByItsHashOnly() {
        keys.add("bamboo", "a".repeat(64), MONDAY);

        assertThat(keys.findByHash("a".repeat(64)))
                .contains(new ApiKeys.StoredKey("bamboo", "a".repeat(64), MONDAY, Optional.empty()));
        assertThat(keys.findByHash("b".repeat(64))).isEmpty();
    }

    @Test
    void aRevokedKeyIsStillFoundAsRevokedAndItsNameCanBeReused() {
        keys.add("bamboo", "a".repeat(64), MONDAY);

        assertThat(keys.revoke("bamboo", MONDAY.plusSeconds(60))).isTrue();
        assertThat(keys.revoke("bamboo", MONDAY.plusSeconds(61))).isFalse();
        assertThat(keys.findByHash("a".repeat(64)))
                .map(ApiKeys.StoredKey::revokedAt)
                .contains(Optional.of(MONDAY.plusSeconds(60)));

        keys.add("bamboo", "c".repeat(64), MONDAY.plusSeconds(120));
        assertThat(keys.findByHash("c".repeat(64)))
                .map(ApiKeys.StoredKey::revokedAt)
                .contains(Optional.empty());
        assertThat(keys.list()).extracting(ApiKeys.StoredKey::keyHash).containsExactly("a".repeat(64), "c".repeat(64));
    }

    @Test
    void twoActiveKeysCannotShareAName() {
        keys.add("bamboo", "a".repeat(64), MONDAY);

        assertThatThrownBy(() -> keys.add("bamboo", "b".repeat(64), MONDAY))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bamboo");
        assertThat(keys.revoke("nobody", MONDAY)).isFalse();
    }
}
