package dev.onboardingbuddy.hrapi;

import dev.onboardingbuddy.config.ApiSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link TokenBucket} per API key, in this instance's memory: with several instances each allows the rate, which
 * a load balancer spreading calls evenly turns into about that many times the rate. Thread-safe.
 */
final class RateLimits {
    private final ApiSettings settings;
    private final Clock clock;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    RateLimits(ApiSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** @return empty when the key may call now, else how long until it may */
    Optional<Duration> take(String keyName) {
        TokenBucket bucket = buckets.computeIfAbsent(
                keyName, name -> new TokenBucket(settings.burst(), settings.perMinute(), clock.instant()));
        synchronized (bucket) {
            return bucket.take(clock.instant());
        }
    }
}
