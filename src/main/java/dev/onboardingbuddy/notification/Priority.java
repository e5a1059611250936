package dev.onboardingbuddy.notification;

import java.util.List;

/**
 * Which queued messages go first when the platforms' pace holds messages back: an answer to what a person just did,
 * then what their programme releases, then reminders and digests. Derived from the idempotency key's kind, so every
 * use case that queues a message gets its priority without saying so. Lower {@link #rank()} goes first.
 */
public enum Priority {
    /** Answers: replies to commands and direct messages, enrolment outcomes, button confirmations. */
    ANSWER(List.of("reply:", "held:", "met:", "snooze:")),
    /** A hire's released sections and introductions, and alerts to admins about failed sends. */
    RELEASE(List.of("release:", "intro:", "alert:")),
    /** Reminders, nudges, digests and anything else. */
    REMINDER(List.of());

    private final List<String> keyPrefixes;

    Priority(List<String> keyPrefixes) {
        this.keyPrefixes = keyPrefixes;
    }

    /** What the outbox stores and orders claims by, lowest first. */
    public int rank() {
        return ordinal();
    }

    public static Priority of(OutboundMessage message) {
        return ofKey(message.idempotencyKey());
    }

    static Priority ofKey(String idempotencyKey) {
        for (Priority priority : values()) {
            if (priority.keyPrefixes.stream().anyMatch(idempotencyKey::startsWith)) {
                return priority;
            }
        }
        return REMINDER;
    }
}
