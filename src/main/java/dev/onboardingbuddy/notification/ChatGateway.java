package dev.onboardingbuddy.notification;

import java.time.Instant;
import java.util.Optional;

/** The one way the core talks to a chat platform. Implementations are thread-safe. */
public interface ChatGateway {

    /**
     * Sends a message, carrying its idempotency key in the platform's message metadata where it has any.
     *
     * @return the platform's reference to the sent message, such as Slack's {@code channel/ts}
     * @throws DeliveryFailure when the platform refused or could not be reached
     */
    String send(OutboundMessage message);

    /**
     * Looks for a message already sent under this key, for the window between sending and recording it: after a
     * crash there, the dispatcher records the found message instead of sending it again.
     */
    Optional<String> findSent(OutboundMessage message);

    /**
     * Takes this message's turn to be sent at {@code now}, or says from when it may be: the platform's pace per
     * conversation and its budget for the whole workspace. A message told to wait is deferred in the outbox, not slept
     * on, so it never holds up another conversation. By default every message may go at once.
     *
     * @return empty when the message may be sent now (its turn is taken), else the earliest instant it may
     */
    default Optional<Instant> turn(OutboundMessage message, Instant now) {
        return Optional.empty();
    }

    /**
     * How many messages the budgets for whole workspaces let go at {@code now}, all platforms together: claiming more
     * would only defer the rest in the outbox, a write each, again and again while a backlog drains.
     */
    default int room(Instant now) {
        return Integer.MAX_VALUE;
    }

    /** Replaces the content of a sent message, such as ticking a checklist line. */
    void update(String deliveryRef, ChatMessage content);
}
