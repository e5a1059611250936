package dev.onboardingbuddy.progress;

import dev.onboardingbuddy.checklist.ItemKey;
import dev.onboardingbuddy.enrollment.HireId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of one hire: when it is planned to be released and due, whether it has been, and its completion.
 *
 * @param number the number the hire types in {@code done 3}; stable for the life of the enrolment
 */
public record ItemState(
        HireId hireId,
        ItemKey itemKey,
        int number,
        String sectionId,
        Instant releaseAt,
        Instant dueAt,
        Optional<Instant> releasedAt,
        Optional<Completion> completion) {

    public ItemState {
        Objects.requireNonNull(hireId, "hireId");
        Objects.requireNonNull(itemKey, "itemKey");
        Objects.requireNonNull(sectionId, "sectionId");
        Objects.requireNonNull(releaseAt, "releaseAt");
        Objects.requireNonNull(dueAt, "dueAt");
        releasedAt = releasedAt == null ? Optional.empty() : releasedAt;
        completion = completion == null ? Optional.empty() : completion;
    }

    public boolean isDone() {
        return completion.isPresent();
    }

    public boolean isReleased() {
        return releasedAt.isPresent();
    }

    /** Open past its due instant. */
    public boolean isOverdueAt(Instant now) {
        return !isDone() && !now.isBefore(dueAt);
    }

    /**
     * The last day the item may be done on, in {@code zone}: an item is due at the start of the day after its due day,
     * so the day shown to people is the one just before its due instant.
     */
    public LocalDate dueDay(ZoneId zone) {
        return LocalDate.ofInstant(dueAt.minusSeconds(1), zone);
    }
}
