package dev.onboardingbuddy.timeline;

/** What a manager reminder is about. */
public enum ReminderKind {
    /** A 30/60/90-day review, a week-N notes or review, or a responsibility's "review with manager: week N". */
    REVIEW,
    /** A "meet within week N" relationship meeting. */
    MEETING;

    public String describe() {
        return this == REVIEW ? "review" : "meeting";
    }
}
