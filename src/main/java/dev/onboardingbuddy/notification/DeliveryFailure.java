package dev.onboardingbuddy.notification;

import java.time.Duration;
import java.util.Optional;

/**
 * A send that did not go through, or may not have.
 *
 * <p>{@link #outcomeUnknown()} tells the two apart: "not sent" (the connection was refused, the platform answered 429
 * or another 4xx) means the message is certainly not in the chat; "outcome unknown" (a read timeout, a 5xx after the
 * request went out) means the platform may have posted it before failing, so the next try must look for it first.
 */
public final class DeliveryFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean retryable;
    private final boolean outcomeUnknown;
    private final boolean recipientGone;
    private final transient Optional<Duration> retryAfter;

    /**
     * A failure after which the message is certainly not sent.
     *
     * @param retryable false when trying again cannot help (an unknown channel, a revoked token)
     * @param retryAfter how long the platform asked us to wait (Slack's 429 {@code Retry-After})
     */
    public DeliveryFailure(String message, boolean retryable, Optional<Duration> retryAfter, Throwable cause) {
        this(message, retryable, false, false, retryAfter, cause);
    }

    private DeliveryFailure(
            String message,
            boolean retryable,
            boolean outcomeUnknown,
            boolean recipientGone,
            Optional<Duration> retryAfter,
            Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
        this.outcomeUnknown = outcomeUnknown;
        this.recipientGone = recipientGone;
        this.retryAfter = retryAfter;
    }

    /**
     * The person the message is for has left: deactivated, removed from the workspace or tenant. Not retried; the
     * message is held and the departure handled.
     */
    public static DeliveryFailure recipientGone(String message) {
        return new DeliveryFailure(message, false, false, true, Optional.empty(), null);
    }

    public boolean recipientGone() {
        return recipientGone;
    }

    /** Not sent, and worth trying again (the platform could not be reached, or was interrupted before sending). */
    public static DeliveryFailure retryable(String message, Throwable cause) {
        return new DeliveryFailure(message, true, Optional.empty(), cause);
    }

    /** The request went out but no answer came back that says what happened: the message may be in the chat. */
    public static DeliveryFailure outcomeUnknown(String message, Throwable cause) {
        return new DeliveryFailure(message, true, true, false, Optional.empty(), cause);
    }

    /** The same failure, known not to have sent anything (such as a failure before the message was posted). */
    public DeliveryFailure notSent() {
        return outcomeUnknown
                ? new DeliveryFailure(getMessage(), retryable, false, recipientGone, retryAfter, this)
                : this;
    }

    public static DeliveryFailure rateLimited(Duration retryAfter) {
        return new DeliveryFailure(
                "rate limited for " + retryAfter.toSeconds() + "s", true, Optional.of(retryAfter), null);
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

    /** True when the platform may have sent the message despite the failure. */
    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }

    public Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
