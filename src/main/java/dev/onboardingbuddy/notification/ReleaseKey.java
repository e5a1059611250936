package dev.onboardingbuddy.notification;

import dev.onboardingbuddy.enrollment.HireId;
import java.util.Optional;

/**
 * The idempotency key of a release message, {@code release:<hire>:<section>:<first number>}: the message holds the
 * hire's items of that section released together, named after the lowest number. Written when the release is queued
 * and read when a reply or a button refers to that message.
 */
public record ReleaseKey(HireId hire, String section, int firstNumber) {
    private static final String PREFIX = "release";

    public static ReleaseKey of(HireId hire, String section, int firstNumber) {
        return new ReleaseKey(hire, section, firstNumber);
    }

    /** The key read back; empty for any other key, such as a reminder's or one of a malformed shape. */
    public static Optional<ReleaseKey> parse(String key) {
        String[] parts = key == null ? new String[0] : key.split(":", -1);
        if (parts.length != 4 || !parts[0].equals(PREFIX) || parts[1].isBlank() || parts[2].isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ReleaseKey(new HireId(parts[1]), parts[2], Integer.parseInt(parts[3])));
        } catch (IllegalArgumentException notANumber) {
            return Optional.empty();
        }
    }

    public String value() {
        return PREFIX + ":" + hire.value() + ":" + section + ":" + firstNumber;
    }

    @Override
    public String toString() {
        return value();
    }
}
