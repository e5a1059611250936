package dev.onboardingbuddy.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.notification.ProcessedEvents;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ProcessedEvents} does; subclasses supply the implementation under test. */
public abstract class ProcessedEventsContract {

    private static final Instant NOW = Instant.parse("2025-03-10T08:00:00Z");

    private ProcessedEvents events;

    /** A new, empty store; called before each test. */
    protected abstract ProcessedEvents newStore();

    @BeforeEach
    void createStore() {
        events = newStore();
    }

    @Test
    void anEventIsFirstSeenOnceAndNeverAgain() {
        assertThat(events.firstSeen("Ev01", NOW)).isTrue();
        assertThat(events.firstSeen("Ev01", NOW.plusSeconds(60))).isFalse();
        assertThat(events.firstSeen("Ev01", NOW.plusSeconds(300))).isFalse();
    }

    @Test
    void differentEventsAreIndependent() {
        assertThat(events.firstSeen("Ev01", NOW)).isTrue();
        assertThat(events.firstSeen("Ev02", NOW)).isTrue();
    }

    @Test
    void forgettingDropsOnlyIdsSeenBeforeTheGivenInstant() {
        events.firstSeen("EvOld", NOW);
        events.firstSeen("EvAtCutoff", NOW.plusSeconds(60));
        events.firstSeen("EvNew", NOW.plusSeconds(120));

        assertThat(events.forgetBefore(NOW.plusSeconds(60))).isEqualTo(1);

        assertThat(events.firstSeen("EvOld", NOW.plusSeconds(180)))
                .as("forgotten")
                .isTrue();
        assertThat(events.firstSeen("EvAtCutoff", NOW.plusSeconds(180))).isFalse();
        assertThat(events.firstSeen("EvNew", NOW.plusSeconds(180))).isFalse();
    }

    @Test
    void concurrentDeliveriesOfOneEventAreSeenFirstExactlyOnce() throws Exception {
        assertThat(Race.timesTrue(16, () -> events.firstSeen("EvRetried", NOW))).isEqualTo(1);
    }
}
