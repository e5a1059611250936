package dev.onboardingbuddy.notification;

import java.time.Instant;
import java.util.Optional;

/**
 * An outbox row.
 *
 * @param attempts how many sends were tried
 * @param nextAttemptAt when a dispatcher may try (again)
 * @param deliveryRef the platform's id of the sent message (Slack: {@code channel/ts}), once sent
 * @param interrupted set by {@link Outbox#claimDue} only: the entry was claimed before and that claim recorded
 *     nothing (no sent, retry or failure), so its dispatcher may have sent the message and died before recording it
 * @param outcomeUnknown the last recorded try failed in a way that may have sent the message anyway (a timeout, a
 *     5xx after the request went out): like an interrupted one, the next try looks for it before sending again
 */
public record OutboxEntry(
        long id,
        OutboundMessage message,
        OutboxStatus status,
        int attempts,
        Instant nextAttemptAt,
        Optional<String> deliveryRef,
        Optional<String> lastError,
        Instant createdAt,
        boolean interrupted,
        boolean outcomeUnknown) {

    /** An entry as claimed, its last try's outcome known. */
    public OutboxEntry(
            long id,
            OutboundMessage message,
            OutboxStatus status,
            int attempts,
            Instant nextAttemptAt,
            Optional<String> deliveryRef,
            Optional<String> lastError,
            Instant createdAt,
            boolean interrupted) {
        this(id, message, status, attempts, nextAttemptAt, deliveryRef, lastError, createdAt, interrupted, false);
    }

    /** An entry as stored, outside a claim. */
    public OutboxEntry(
            long id,
            OutboundMessage message,
            OutboxStatus status,
            int attempts,
            Instant nextAttemptAt,
            Optional<String> deliveryRef,
            Optional<String> lastError,
            Instant createdAt) {
        this(id, message, status, attempts, nextAttemptAt, deliveryRef, lastError, createdAt, false);
    }

    /** Whether an earlier try may have sent the message, so that the platform is asked before sending it again. */
    public boolean mayBeSentAlready() {
        return interrupted || outcomeUnknown;
    }
}
