package dev.onboardingbuddy.notification;

/**
 * PENDING until a dispatcher sends it; FAILED after the last try, which alerts the admins, or when its enrolment is
 * cancelled, which does not. HELD while its hire is paused: never claimed, PENDING again on resume.
 */
public enum OutboxStatus {
    PENDING,
    HELD,
    SENT,
    FAILED
}
