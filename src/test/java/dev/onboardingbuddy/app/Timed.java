package dev.onboardingbuddy.app;

import java.time.Duration;
import java.util.function.Supplier;

/** A value and how long it took to get, measured from outside the bot (the protocol's limits, never speed). */
record Timed<T>(T value, Duration took) {
    static <T> Timed<T> of(Supplier<T> call) {
        long start = System.nanoTime();
        T value = call.get();
        return new Timed<>(value, Duration.ofNanos(System.nanoTime() - start));
    }
}
