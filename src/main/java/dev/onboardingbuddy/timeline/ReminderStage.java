package dev.onboardingbuddy.timeline;

/** The occurrences of one manager reminder; OVERDUE ones are sent only while the review or meeting is not held. */
public enum ReminderStage {
    HEADS_UP,
    DUE,
    OVERDUE
}
