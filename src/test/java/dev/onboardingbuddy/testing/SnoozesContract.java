package dev.onboardingbuddy.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.checklist.ItemKey;
import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.reminders.Snoozes;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Snoozes} does; subclasses supply the implementation under test. */
public abstract class SnoozesContract {

    private static final Instant MONDAY = Instant.parse("2025-04-07T07:00:00.654321Z");
    private static final ItemKey LAPTOP = new ItemKey("it-setup");
    private static final ItemKey CODEBASE = new ItemKey("review-codebase");

    private Snoozes snoozes;
    private HireId hire;

    /** A new, empty store; called before each test. */
    protected abstract Snoozes newSnoozes();

    /** Makes the hire known where the implementation needs it (a foreign key); the default does nothing. */
    protected void givenHire(HireId id) {}

    @BeforeEach
    void createStore() {
        snoozes = newSnoozes();
        hire = HireId.random();
        givenHire(hire);
    }

    @Test
    void aHireWithoutSnoozesHasNone() {
        assertThat(snoozes.of(hire)).isEmpty();
    }

    @Test
    void eachSnoozedItemIsListedWithItsInstant() {
        snoozes.snooze(hire, LAPTOP, MONDAY);
        snoozes.snooze(hire, CODEBASE, MONDAY.plusSeconds(86_400));
        assertThat(snoozes.of(hire)).isEqualTo(Map.of(LAPTOP, MONDAY, CODEBASE, MONDAY.plusSeconds(86_400)));
    }

    @Test
    void snoozingAnItemAgainMovesItsSnooze() {
        snoozes.snooze(hire, LAPTOP, MONDAY);
        snoozes.snooze(hire, LAPTOP, MONDAY.plusSeconds(2 * 86_400));
        assertThat(snoozes.of(hire)).isEqualTo(Map.of(LAPTOP, MONDAY.plusSeconds(2 * 86_400)));
    }

    @Test
    void anotherHiresSnoozesAreSeparate() {
        HireId other = HireId.random();
        givenHire(other);
        snoozes.snooze(hire, LAPTOP, MONDAY);
        assertThat(snoozes.of(other)).isEmpty();
    }

    @Test
    void concurrentSnoozesOfOneItemLeaveExactlyOne() throws Exception {
        Race.run(8, () -> {
            snoozes.snooze(hire, LAPTOP, MONDAY);
            return true;
        });
        assertThat(snoozes.of(hire)).isEqualTo(Map.of(LAPTOP, MONDAY));
    }
}
