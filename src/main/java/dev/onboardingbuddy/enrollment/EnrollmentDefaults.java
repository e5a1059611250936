package dev.onboardingbuddy.enrollment;

/** What the {@code start} command uses when the request leaves a choice open. */
public record EnrollmentDefaults(String templateId, String calendarId) {}
