package dev.onboardingbuddy.enrollment;

import java.util.Objects;

/**
 * A person on one chat platform: a Slack {@code U...} id, or a Teams {@code 29:...} id. The value is opaque to the
 * core; the platform says which adapter can reach the person.
 */
public record ChatUserId(Platform platform, String value) implements Actor {
    private static final String TEAMS_PREFIX = Platform.MSTEAMS.key() + ":";

    public ChatUserId {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a chat user id is not blank");
        }
    }

    public static ChatUserId slack(String value) {
        return new ChatUserId(Platform.SLACK, value);
    }

    public static ChatUserId msteams(String value) {
        return new ChatUserId(Platform.MSTEAMS, value);
    }

    /**
     * The one-column text form kept in the database: a Slack id as it is (every row written before Teams existed is
     * one), any other platform's id behind its key, such as {@code msteams:29:1abc}.
     */
    @Override
    public String stored() {
        return platform == Platform.SLACK ? value : platform.key() + ":" + value;
    }

    public static ChatUserId fromStored(String stored) {
        return stored.startsWith(TEAMS_PREFIX) ? msteams(stored.substring(TEAMS_PREFIX.length())) : slack(stored);
    }

    @Override
    public String toString() {
        return stored();
    }
}
