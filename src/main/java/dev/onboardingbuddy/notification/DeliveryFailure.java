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
  private final transient Optional<Duration> retryAfter;

  public DeliveryFailure(String message, boolean retryable, Optional<Duration> retryAfter, Throwable cause) {
    super(message, cause);
    this.retryable = retryable;
    this.retryAfter = retryAfter;
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
