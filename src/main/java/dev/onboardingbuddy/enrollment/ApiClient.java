package dev.onboardingbuddy.enrollment;

import java.util.Objects;

/**
 * An HR system calling the HTTP API with the key named {@code keyName}. Every key acts with an admin's rights; the
 * name is what the audit trail shows, so that a change can be traced to the system that made it.
 */
public record ApiClient(String keyName) implements Actor {
    /** Neither a Slack id nor a Teams one ({@code msteams:...}) starts with it. */
    static final String PREFIX = "api:";

    public ApiClient {
        Objects.requireNonNull(keyName, "keyName");
        if (keyName.isBlank()) {
            throw new IllegalArgumentException("an API key has a name");
        }
    }

    @Override
    public String stored() {
        return PREFIX + keyName;
    }
}
