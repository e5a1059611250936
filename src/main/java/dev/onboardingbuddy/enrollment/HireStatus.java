package dev.onboardingbuddy.enrollment;

/** Where an enrolment stands; only ACTIVE hires receive releases and reminders. */
public enum HireStatus {
    ACTIVE,
    PAUSED,
    CANCELLED,
    COMPLETED
}
