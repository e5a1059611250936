package dev.onboardingbuddy.notification;

/** Tells the people who run the bot that something needs a human, such as a message that could not be sent. */
public interface AdminAlerts {
  void deliveryFailed(OutboxEntry entry, String error);
}
