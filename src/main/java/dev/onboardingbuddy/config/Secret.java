package dev.onboardingbuddy.config;

/** A token or password; {@link #toString()} never shows it, so logging a settings record leaks nothing. */
public record Secret(String value) {
    public Secret {
        value = value == null ? "" : value;
    }

    public boolean isPresent() {
        return !value.isBlank();
    }

    @Override
    public String toString() {
        return isPresent() ? "****" : "(unset)";
    }
}
