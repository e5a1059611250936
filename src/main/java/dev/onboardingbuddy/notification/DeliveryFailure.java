package dev.onboardingbuddy.notification;

import java.time.Duration;
import java.util.Optional;

/**
 * A send that did not go through.
 *
 * @param retryable false when trying again cannot help (an unknown channel, a revoked token)
 * @param retryAfter how long the platform asked us to wait (Slack's 429 {@code Retry-After})
 */
public final class DeliveryFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final boolean retryable;
  private final boolean recipientGone;
  private final transient Optional<Duration> retryAfter;

  public DeliveryFailure(String message, boolean retryable, Optional<Duration> retryAfter, Throwable cause) {
    this(message, retryable, false, retryAfter, cause);
  }

  private DeliveryFailure(String message, boolean retryable, boolean recipientGone, Optional<Duration> retryAfter,
      Throwable cause) {
    super(message, cause);
    this.retryable = retryable;
    this.recipientGone = recipientGone;
    this.retryAfter = retryAfter;
  }

  /**
   * The person the message is for has left: deactivated, removed from the workspace or tenant. Not retried; the
   * message is held and the departure handled.
   */
  public static DeliveryFailure recipientGone(String message) {
    return new DeliveryFailure(message, false, true, Optional.empty(), null);
  }

  public boolean recipientGone() {
    return recipientGone;
  }

  public static DeliveryFailure retryable(String message, Throwable cause) {
    return new DeliveryFailure(message, true, Optional.empty(), cause);
  }

  public static DeliveryFailure rateLimited(Duration retryAfter) {
    return new DeliveryFailure("rate limited for " + retryAfter.toSeconds() + "s", true, Optional.of(retryAfter),
        null);
  }

  /**
   * The wait a {@code Retry-After} header asks for, in whole seconds as Slack and the Bot Connector send it;
   * {@code fallback} when it is absent or not seconds (an HTTP date, say).
   */
  public static Duration secondsToWait(String retryAfterHeader, Duration fallback) {
    if (retryAfterHeader == null) {
      return fallback;
    }
    try {
      long seconds = Long.parseLong(retryAfterHeader.strip());
      return seconds >= 0 ? Duration.ofSeconds(seconds) : fallback;
    } catch (NumberFormatException notSeconds) {
      return fallback;
    }
  }

  public static DeliveryFailure permanent(String message) {
    return new DeliveryFailure(message, false, Optional.empty(), null);
  }

  public boolean retryable() {
    return retryable;
  }

  public Optional<Duration> retryAfter() {
    return retryAfter;
  }
}
