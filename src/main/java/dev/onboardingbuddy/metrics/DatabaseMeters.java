package dev.onboardingbuddy.metrics;

import dev.onboardingbuddy.persistence.DatabaseHealth;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/** What happened to the database: up or not, outages, embedded closures after disk errors, and reopenings. */
public final class DatabaseMeters {
    private DatabaseMeters() {}

    public static void register(MeterRegistry registry, DatabaseHealth health) {
        Gauge.builder("onboarding.database.up", health, h -> h.isUp() ? 1 : 0)
                .description("1 while the database answers and has had no fatal error lately")
                .register(registry);
        FunctionCounter.builder("onboarding.database.outages", health, DatabaseHealth::outages)
                .description("Times the database stopped answering")
                .register(registry);
        FunctionCounter.builder("onboarding.database.closed", health, DatabaseHealth::embeddedClosures)
                .description("Times the embedded H2 database closed itself after an I/O error (a full disk)")
                .register(registry);
        FunctionCounter.builder("onboarding.database.reopened", health, DatabaseHealth::reopenings)
                .description("Times the embedded H2 database was reopened after closing itself")
                .register(registry);
    }
}
