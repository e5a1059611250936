package dev.onboardingbuddy.notification;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff, capped, with "equal jitter": a wait between half and all of the exponential step, so that
 * dispatchers retrying together spread out yet never retry at once. A platform's Retry-After wins when it asks for
 * longer.
 *
 * @param maxAttempts tries before an entry is marked failed and the admins are told
 * @param base the step before the second try; doubles with each further try
 * @param cap the longest step, whatever the number of tries
 */
public record RetryPolicy(int maxAttempts, Duration base, Duration cap) {
    public static final RetryPolicy DEFAULT = new RetryPolicy(8, Duration.ofSeconds(2), Duration.ofMinutes(10));

    public RetryPolicy {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(cap, "cap");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (base.toMillis() < 1 || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("the backoff needs 1 ms <= base <= cap");
        }
    }

    /** The wait before try number {@code attempts + 1}, given a random number in [0, 1). */
    public Duration delay(int attempts, Optional<Duration> retryAfter, DoubleSupplier random) {
        // Clamped both ways: a negative shift distance would wrap around in Java, and 2^20 steps is far past any cap.
        int doublings = Math.min(Math.max(attempts - 1, 0), 20);
        long ceiling = Math.min(cap.toMillis(), base.toMillis() << doublings);
        long jittered = (long) (ceiling / 2.0 + random.getAsDouble() * ceiling / 2.0);
        Duration backoff = Duration.ofMillis(Math.max(jittered, 1));
        return retryAfter.filter(wait -> wait.compareTo(backoff) > 0).orElse(backoff);
    }
}
