package dev.onboardingbuddy.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.reminders.ReminderLedger;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ReminderLedger} does; subclasses supply the implementation under test. */
public abstract class ReminderLedgerContract {
    private static final Instant MONDAY = Instant.parse("2026-12-07T08:00:00.123456Z");

    private ReminderLedger ledger;
    private HireId hire;

    protected abstract ReminderLedger newLedger();

    /** Makes the hire known where the implementation needs it (a foreign key); the default does nothing. */
    protected void givenHire(HireId id) {}

    @BeforeEach
    void createLedger() {
        ledger = newLedger();
        hire = HireId.random();
        givenHire(hire);
    }

    @Test
    void aHireWithoutPostsHasNoPostedOccurrences() {
        assertThat(ledger.posted(hire)).isEmpty();
    }

    @Test
    void recordedOccurrencesArePostedOnceHoweverOftenRecorded() {
        ledger.record(
                hire,
                List.of("review-day-30:review:2026-12-07:due", "meet-qa:meeting:2026-11-13:overdue-1"),
                "reminders:h:2026-12-07",
                MONDAY);
        ledger.record(hire, List.of("review-day-30:review:2026-12-07:due"), "reminders:h:2026-12-08", MONDAY);
        assertThat(ledger.posted(hire))
                .containsExactlyInAnyOrder(
                        "review-day-30:review:2026-12-07:due", "meet-qa:meeting:2026-11-13:overdue-1");
    }

    @Test
    void anotherHiresPostsAreSeparate() {
        HireId other = HireId.random();
        givenHire(other);
        ledger.record(hire, List.of("review-day-30:review:2026-12-07:due"), "reminders:h:2026-12-07", MONDAY);
        assertThat(ledger.posted(other)).isEmpty();
    }
}
