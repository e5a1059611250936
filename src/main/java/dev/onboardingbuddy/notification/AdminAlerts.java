package dev.onboardingbuddy.notification;

/** Tells the people who run the bot that something needs a human, such as a message that could not be sent. */
public interface AdminAlerts {
    void deliveryFailed(OutboxEntry entry, String error);

    /** A message could not be delivered because its recipient has left; the outbox holds it. */
    default void recipientGone(OutboxEntry entry, String error) {
        deliveryFailed(entry, error);
    }
}
