package dev.onboardingbuddy.progress;

/** How a completion reached us: a typed reply, a button, or the HTTP API. */
public enum CompletionMethod {
    TEXT,
    BUTTON,
    API
}
