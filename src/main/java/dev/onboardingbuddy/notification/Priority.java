package dev.onboardingbuddy.notification;

import java.util.List;

/**
 * Which queued messages go first when the platforms' pace holds messages back: an answer to what a person just did,
 * then what their programme releases (a hire's first message before anyone's second), then reminders and digests.
 * Derived from the idempotency key's kind, so every use case that queues a message gets its priority without saying
 * so; only a follow-up is named as such by whoever queues it. Lower {@link #rank()} goes first.
 */
public enum Priority {
    /** Answers: replies to commands and direct messages, enrolment outcomes, button confirmations. */
    ANSWER(0, List.of("reply:", "held:", "met:", "snooze:")),
    /** A hire's released sections and introductions, and alerts to admins about failed sends. */
    RELEASE(1, List.of("release:", "intro:", "alert:")),
    /**
     * A release that follows another one queued for the same person at the same moment (a second section released at
     * once): when many hires start together, each gets their first message before anyone gets a second.
     */
    FOLLOW_UP(2, List.of()),
    /** Reminders, nudges, digests and anything else. */
    REMINDER(3, List.of());

    private final int rank;
    private final List<String> keyPrefixes;

    Priority(int rank, List<String> keyPrefixes) {
        this.rank = rank;
        this.keyPrefixes = keyPrefixes;
    }

    /** What the outbox stores and orders claims by, lowest first. Stored: a rank, once given, keeps its meaning. */
    public int rank() {
        return rank;
    }

    /** The priority stored as {@code rank}; an unknown rank (a newer version's) counts as a reminder's. */
    public static Priority ofRank(int rank) {
        for (Priority priority : values()) {
            if (priority.rank == rank) {
                return priority;
            }
        }
        return REMINDER;
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
