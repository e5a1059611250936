package dev.onboardingbuddy.persistence;

import java.time.Duration;

/**
 * How long the bot waits on its database. Every wait on a request path must end well inside Slack's three seconds:
 * a borrower waits at most {@code connectionTimeout} for a pooled connection; a statement runs at most
 * {@code queryTimeout} (mainly for the background jobs; a request is bounded by the chat adapter's own deadline);
 * an embedded database closed after a disk error may stay closed {@code reopenGrace} before liveness fails.
 */
public record DatabaseLimits(Duration connectionTimeout, Duration queryTimeout, Duration reopenGrace) {
    public static final DatabaseLimits DEFAULTS =
            new DatabaseLimits(Duration.ofMillis(1000), Duration.ofSeconds(10), Duration.ofSeconds(60));

    public DatabaseLimits {
        if (connectionTimeout.toMillis() < 250) {
            throw new IllegalArgumentException("the connection timeout is " + connectionTimeout.toMillis()
                    + " ms; HikariCP needs at least 250 ms");
        }
        if (queryTimeout.toSeconds() < 1 || reopenGrace.isNegative()) {
            throw new IllegalArgumentException("the query timeout must be at least 1 s and the reopen grace positive");
        }
    }

    /** How long the pool may take to check a connection before lending it: half the connection timeout. */
    Duration validationTimeout() {
        return Duration.ofMillis(Math.max(250, connectionTimeout.toMillis() / 2));
    }
}
