package dev.onboardingbuddy.cli;

/** A value the user typed is wrong; the message names it and the valid choices, and no stack trace is shown. */
final class UserInputError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserInputError(String message) {
        super(message);
    }
}
