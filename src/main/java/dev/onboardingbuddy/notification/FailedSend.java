package dev.onboardingbuddy.notification;

import java.time.Instant;
import java.util.Objects;

/**
 * A message the outbox gave up on, as admins see it.
 *
 * @param error the last error, such as {@code chat.postMessage failed: channel_not_found}
 */
public record FailedSend(String idempotencyKey, Recipient to, String error, Instant failedAt) {
    public FailedSend {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(to, "to");
        error = error == null ? "" : error;
        Objects.requireNonNull(failedAt, "failedAt");
    }
}
