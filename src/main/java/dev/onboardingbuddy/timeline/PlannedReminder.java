package dev.onboardingbuddy.timeline;

import dev.onboardingbuddy.checklist.ChecklistItem;
import dev.onboardingbuddy.checklist.Section;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One occurrence of a manager reminder for one hire.
 *
 * @param occurrence 0 for heads-up and due; 1, 2, ... for the overdue ones; part of the idempotency key
 * @param dueDate the day the review or meeting is due, which every occurrence names
 */
public record PlannedReminder(
    ChecklistItem item, Section section, ReminderKind kind, ReminderStage stage, int occurrence, LocalDate date,
    Instant at, LocalDate dueDate) {

  /** A key that names this occurrence for this hire's item, stable across restarts and re-plans. */
  public String occurrenceKey() {
    return item.key().value() + ":" + kind.name().toLowerCase(java.util.Locale.ROOT) + ":"
        + stage.name().toLowerCase(java.util.Locale.ROOT) + (stage == ReminderStage.OVERDUE ? "-" + occurrence : "");
  }
}
