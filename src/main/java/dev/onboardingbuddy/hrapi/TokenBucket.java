package dev.onboardingbuddy.hrapi;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A token bucket: up to {@code capacity} calls at once, refilled continuously at {@code perMinute}. Time comes from
 * the caller's clock, so the limit behaves the same in a test that moves a clock as in production. Not thread-safe:
 * {@link RateLimits} guards each bucket.
 */
final class TokenBucket {
    private static final long NANOS_PER_MINUTE = Duration.ofMinutes(1).toNanos();
    private final double capacity;
    private final double perNano;
    private double tokens;
    private Instant last;

    TokenBucket(int capacity, int perMinute, Instant now) {
        this.capacity = capacity;
        this.perNano = (double) perMinute / NANOS_PER_MINUTE;
        this.tokens = capacity;
        this.last = now;
    }

    /** @return empty when a call may go ahead (taking a token), else how long until one may */
    Optional<Duration> take(Instant now) {
        if (now.isAfter(last)) {
            tokens = Math.min(capacity, tokens + Duration.between(last, now).toNanos() * perNano);
            last = now;
        }
        if (tokens >= 1) {
            tokens -= 1;
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos((long) Math.ceil((1 - tokens) / perNano)));
    }
}
