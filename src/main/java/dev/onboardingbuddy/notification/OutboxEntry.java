package dev.onboardingbuddy.notification;

import java.time.Instant;
import java.util.Optional;

/**
 * An outbox row.
 *
 * @param attempts how many sends were tried
 * @param nextAttemptAt when a dispatcher may try (again)
 * @param deliveryRef the platform's id of the sent message (Slack: {@code channel/ts}), once sent
 */
public record OutboxEntry(
    long id,
    OutboundMessage message,
    OutboxStatus status,
    int attempts,
    Instant nextAttemptAt,
    Optional<String> deliveryRef,
    Optional<String> lastError,
    Instant createdAt) {}
