package dev.onboardingbuddy.reminders;

import dev.onboardingbuddy.checklist.ItemKey;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.timeline.ReminderKind;
import java.time.Instant;

/** A review held or a meeting met, with the manager's notes (the checklist's "Notes & Feedback"). */
public record HeldReview(HireId hire, ItemKey item, ReminderKind kind, ChatUserId by, Instant at, String notes) {
    public HeldReview {
        notes = notes == null ? "" : notes;
    }
}
