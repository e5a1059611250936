package dev.onboardingbuddy.checklist;

/** What sort of thing an item asks for; drives rendering and which manager reminders it raises. */
public enum ItemKind {
    TASK,
    LEARNING,
    RELATIONSHIP,
    RESPONSIBILITY,
    CAPABILITY,
    ARTIFACT,
    REVIEW
}
