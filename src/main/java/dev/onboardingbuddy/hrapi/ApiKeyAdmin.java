package dev.onboardingbuddy.hrapi;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Creates and revokes API keys, for the {@code api-key} command. A key's secret is returned once, at creation, and
 * never stored: only its hash is. Thread-safe.
 */
public final class ApiKeyAdmin {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private final ApiKeys keys;
    private final ApiKeySecrets secrets = new ApiKeySecrets();
    private final Clock clock;

    public ApiKeyAdmin(ApiKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /**
     * @return the new key's secret, to be shown once
     * @throws IllegalArgumentException when the name is not a name, or an active key has it
     */
    public String create(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name
                    + "' is not a key name; use letters, digits, '.', '_' and '-' " + "(up to 100), such as bamboohr");
        }
        String secret = secrets.newSecret();
        try {
            keys.add(name, ApiKeySecrets.hash(secret), clock.instant());
        } catch (IllegalStateException taken) {
            throw new IllegalArgumentException(taken.getMessage(), taken);
        }
        return secret;
    }

    /** @return false when no active key has this name */
    public boolean revoke(String name) {
        return keys.revoke(name, clock.instant());
    }

    public List<ApiKeys.StoredKey> list() {
        return keys.list();
    }
}
