package dev.onboardingbuddy.timeline;

import dev.onboardingbuddy.checklist.ChecklistItem;
import dev.onboardingbuddy.checklist.Section;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One occurrence of a manager reminder for one hire.
 *
 * @param occurrence 0 for heads-up and due; 1, 2, ... for the overdue ones; part of the idempotency key
 * @param dueDate the day the review or meeting is due, which every occurrence names
 */
public record PlannedReminder(
        ChecklistItem item,
        Section section,
        ReminderKind kind,
        ReminderStage stage,
        int occurrence,
        LocalDate date,
        Instant at,
        LocalDate dueDate) {

    /**
     * A key that names this occurrence for this hire's item, stable across restarts. It carries the due date, so that
     * after a moved start date the reminders of the new date are not mistaken for ones already sent.
     */
    public String occurrenceKey() {
        return occurrencePrefix()
                + stage.name().toLowerCase(Locale.ROOT)
                + (stage == ReminderStage.OVERDUE ? "-" + occurrence : "");
    }

    /** What the keys of every occurrence of this item's reminder for this due date start with. */
    public String occurrencePrefix() {
        return item.key().value() + ":" + kind.name().toLowerCase(Locale.ROOT) + ":" + dueDate + ":";
    }

    /** What the keys of the overdue occurrences of this reminder start with. */
    public String overduePrefix() {
        return occurrencePrefix() + ReminderStage.OVERDUE.name().toLowerCase(Locale.ROOT);
    }
}
