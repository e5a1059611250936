package dev.onboardingbuddy.notification;

import dev.onboardingbuddy.enrollment.HireId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A message to be sent once.
 *
 * @param idempotencyKey names the cause (hire, item or reminder, occurrence); a second message with the same key is
 *     dropped, so re-running a job cannot send twice
 * @param notBefore the earliest instant it may be sent (quiet hours, scheduled releases)
 * @param hire the enrolment the message belongs to, if any: pausing it holds the message, cancelling it drops it
 * @param priority which goes first when messages wait for the platforms' pace; by default from the key's kind
 */
public record OutboundMessage(
        String idempotencyKey,
        Recipient to,
        ChatMessage content,
        Instant notBefore,
        Optional<HireId> hire,
        Priority priority) {
    public OutboundMessage {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(hire, "hire");
        Objects.requireNonNull(priority, "priority");
        if (idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            throw new IllegalArgumentException("an idempotency key has 1 to 200 characters");
        }
    }

    /** With the priority of its key's kind. */
    public OutboundMessage(
            String idempotencyKey, Recipient to, ChatMessage content, Instant notBefore, Optional<HireId> hire) {
        this(idempotencyKey, to, content, notBefore, hire, Priority.ofKey(idempotencyKey));
    }

    /** The same message, waiting behind messages of {@code priority}'s rank. */
    public OutboundMessage withPriority(Priority priority) {
        return new OutboundMessage(idempotencyKey, to, content, notBefore, hire, priority);
    }

    /** A message that belongs to no enrolment, such as an admin alert or a reply; pause and cancel leave it alone. */
    public OutboundMessage(String idempotencyKey, Recipient to, ChatMessage content, Instant notBefore) {
        this(idempotencyKey, to, content, notBefore, Optional.empty());
    }
}
