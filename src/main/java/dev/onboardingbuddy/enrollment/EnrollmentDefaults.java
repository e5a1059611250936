package dev.onboardingbuddy.enrollment;

/** What {@code /onboarding start} uses when the request leaves a choice open. */
public record EnrollmentDefaults(String templateId, String calendarId) {}
