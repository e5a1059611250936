package dev.onboardingbuddy.notification;

import java.time.Instant;
import java.util.Objects;

/**
 * A message to be sent once.
 *
 * @param idempotencyKey names the cause (hire, item or reminder, occurrence); a second message with the same key is
 *     dropped, so re-running a job cannot send twice
 * @param notBefore the earliest instant it may be sent (quiet hours, scheduled releases)
 */
public record OutboundMessage(String idempotencyKey, Recipient to, ChatMessage content, Instant notBefore) {
  public OutboundMessage {
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(notBefore, "notBefore");
    if (idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
      throw new IllegalArgumentException("an idempotency key has 1 to 200 characters");
    }
  }
}
