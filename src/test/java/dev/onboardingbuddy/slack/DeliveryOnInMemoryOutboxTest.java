package dev.onboardingbuddy.slack;

import dev.onboardingbuddy.notification.Outbox;
import dev.onboardingbuddy.testing.InMemoryOutbox;
import org.junit.jupiter.api.Nested;

/** The delivery scenarios with the in-memory outbox the other core tests use. */
class DeliveryOnInMemoryOutboxTest {

    @Nested
    class Retries extends DispatchRetryScenarios {
        @Override
        protected Outbox newOutbox() {
            return new InMemoryOutbox();
        }
    }

    @Nested
    class Crashes extends DispatchCrashScenarios {
        @Override
        protected Outbox newOutbox() {
            return new InMemoryOutbox();
        }
    }
}
