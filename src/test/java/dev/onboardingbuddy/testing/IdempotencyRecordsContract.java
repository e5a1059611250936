package dev.onboardingbuddy.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.hrapi.IdempotencyRecords;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link IdempotencyRecords} does; subclasses supply the store under test. */
public abstract class IdempotencyRecordsContract {
    private static final Instant MONDAY = Instant.parse("2026-12-07T09:00:00Z");
    private IdempotencyRecords records;

    protected abstract IdempotencyRecords newRecords();

    @BeforeEach
    void createRecords() {
        records = newRecords();
    }

    @Test
    void theFirstAnswerPerKeyAndIdempotencyKeyIsKept() {
        IdempotencyRecords.Answer first = new IdempotencyRecords.Answer("h1", 201, "{\"id\":\"1\"}");

        assertThat(records.save("bamboo", "k1", first, MONDAY)).isTrue();
        assertThat(records.save("bamboo", "k1", new IdempotencyRecords.Answer("h2", 409, "{}"), MONDAY))
                .isFalse();

        assertThat(records.find("bamboo", "k1")).contains(first);
        assertThat(records.find("workday", "k1")).isEmpty();
        assertThat(records.find("bamboo", "k2")).isEmpty();
    }

    @Test
    void oldAnswersArePruned() {
        records.save("bamboo", "old", new IdempotencyRecords.Answer("h", 201, "{}"), MONDAY);
        records.save("bamboo", "new", new IdempotencyRecords.Answer("h", 201, "{}"), MONDAY.plusSeconds(86_400));

        assertThat(records.pruneBefore(MONDAY.plusSeconds(1))).isEqualTo(1);
        assertThat(records.find("bamboo", "old")).isEmpty();
        assertThat(records.find("bamboo", "new")).isPresent();
    }
}
