package dev.onboardingbuddy.config;

import java.util.List;

/** The configuration cannot be used; the message names each bad setting and how to fix it. */
public final class ConfigurationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message) {
        super(message);
    }

    static ConfigurationException of(List<String> problems) {
        return new ConfigurationException("invalid configuration:\n  - " + String.join("\n  - ", problems));
    }
}
