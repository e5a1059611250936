package dev.onboardingbuddy.scheduling;

import java.time.Duration;

/** A use case Quartz runs every {@code interval}; after downtime the missed runs collapse into one at start-up. */
public record RecurringJob(String name, Duration interval, Runnable useCase) {}
