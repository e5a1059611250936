package dev.onboardingbuddy.notification;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with full jitter, capped; a platform's Retry-After wins when it asks for longer.
 *
 * @param maxAttempts tries before an entry is marked failed and the admins are told
 */
public record RetryPolicy(int maxAttempts, Duration base, Duration cap) {
  public static final RetryPolicy DEFAULT = new RetryPolicy(8, Duration.ofSeconds(2), Duration.ofMinutes(10));

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
  }

  /** The wait before try number {@code attempts + 1}, given a random number in [0, 1). */
  public Duration delay(int attempts, java.util.Optional<Duration> retryAfter, DoubleSupplier random) {
    long ceiling = Math.min(cap.toMillis(), base.toMillis() << Math.min(attempts - 1, 20));
    long jittered = (long) (ceiling / 2.0 + random.getAsDouble() * ceiling / 2.0);
    Duration backoff = Duration.ofMillis(Math.max(jittered, 1));
    return retryAfter.filter(wait -> wait.compareTo(backoff) > 0).orElse(backoff);
  }
}
