package dev.onboardingbuddy.progress;

/** The history is append-only: an undo is a new event, never a deletion. */
public enum CompletionEventType {
    COMPLETED,
    UNDONE
}
