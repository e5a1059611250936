package dev.onboardingbuddy.reminders;

import dev.onboardingbuddy.checklist.ItemKey;
import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.timeline.ReminderKind;
import java.util.List;
import java.util.Optional;

/** Which reviews were held and which meetings met; once recorded, their reminders stop. Thread-safe. */
public interface ReviewLog {

    /** Records it unless already recorded; the first record wins. Returns whether this call recorded it. */
    boolean record(HeldReview held);

    Optional<HeldReview> find(HireId hire, ItemKey item, ReminderKind kind);

    List<HeldReview> forHire(HireId hire);
}
