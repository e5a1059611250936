package dev.onboardingbuddy.enrollment;

import java.util.Objects;

/**
 * Whoever runs a command line tool on the server, such as {@code import-hires}: they hold the database's
 * credentials, so they act with an admin's rights. The name says which tool, for the audit trail.
 */
public record Operator(String tool) implements Actor {
    static final String PREFIX = "cli:";

    public Operator {
        Objects.requireNonNull(tool, "tool");
    }

    @Override
    public String stored() {
        return PREFIX + tool;
    }
}
