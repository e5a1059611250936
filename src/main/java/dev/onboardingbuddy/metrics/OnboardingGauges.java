package dev.onboardingbuddy.metrics;

import dev.onboardingbuddy.notification.Outbox;
import dev.onboardingbuddy.reminders.QueueDueReminders;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Gauges read on scrape: outbox depth and the age of its oldest pending message, and the manager reminders due and
 * overdue. Reminder counts walk every active hire, so they are cached for a minute.
 */
public final class OnboardingGauges {
    private static final Duration REMINDER_CACHE = Duration.ofMinutes(1);

    private OnboardingGauges() {}

    public static void register(MeterRegistry registry, Outbox outbox, QueueDueReminders reminders, Clock clock) {
        Gauge.builder("onboarding.outbox.depth", outbox, Outbox::pendingCount)
                .description("Messages waiting to be sent")
                .register(registry);
        Gauge.builder(
                        "onboarding.outbox.oldest.age",
                        outbox,
                        box -> box.oldestPendingCreatedAt()
                                .map(created -> Duration.between(created, clock.instant())
                                                .toMillis()
                                        / 1000.0)
                                .orElse(0.0))
                .description("Seconds the oldest pending message has waited")
                .baseUnit("seconds")
                .register(registry);
        Supplier<QueueDueReminders.OpenReminders> counts = cached(reminders::openReminders, clock);
        Gauge.builder("onboarding.reminders", () -> counts.get().due())
                .tag("state", "due")
                .description("Manager reviews and meetings due now, not yet held")
                .register(registry);
        Gauge.builder("onboarding.reminders", () -> counts.get().overdue())
                .tag("state", "overdue")
                .description("Manager reviews and meetings overdue, not yet held")
                .register(registry);
    }

    private static <T> Supplier<T> cached(Supplier<T> source, Clock clock) {
        AtomicReference<Instant> readAt = new AtomicReference<>(Instant.MIN);
        AtomicReference<T> value = new AtomicReference<>();
        return () -> {
            Instant now = clock.instant();
            if (value.get() == null || Duration.between(readAt.get(), now).compareTo(REMINDER_CACHE) > 0) {
                value.set(source.get());
                readAt.set(now);
            }
            return value.get();
        };
    }
}
