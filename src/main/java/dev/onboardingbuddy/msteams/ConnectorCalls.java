package dev.onboardingbuddy.msteams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onboardingbuddy.notification.DeliveryFailure;
import java.io.IOException;
import java.time.Duration;

/**
 * Translates every way a Connector call can fail into a {@link DeliveryFailure}, once for the whole adapter, so the
 * outbox knows whether to wait, retry or give up. Messages name the call, the HTTP status and the Bot Framework error
 * code; never the bearer token (no request detail is copied into a message). Stateless.
 */
final class ConnectorCalls {
    /** Used when the Connector rate-limits without a readable {@code Retry-After}. */
    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(30);

    private static final ObjectMapper JSON = new ObjectMapper();

    private ConnectorCalls() {}

    /** The failure for a non-2xx answer; {@code body} is the answer's text (Bot Framework's error JSON, usually). */
    static DeliveryFailure httpFailure(String call, int status, String retryAfterHeader, String body) {
        if (status == 429) {
            return DeliveryFailure.rateLimited(retryAfter(retryAfterHeader));
        }
        String message = call + " failed: HTTP " + status + errorCode(body);
        // 412 is Teams' "conflicting concurrent update"; 408 and 5xx are the service having a bad moment.
        return status == 408 || status == 412 || status >= 500
                ? DeliveryFailure.retryable(message, null)
                : DeliveryFailure.permanent(message);
    }

    /**
     * Whether a failed send to one person's chat says the person is gone: 403 or 404 from the Connector, which it
     * answers for a member removed from the tenant (or who removed the app). Reads the message {@link #httpFailure}
     * wrote, so the format stays in this class.
     */
    static boolean memberGone(DeliveryFailure failure) {
        String message = String.valueOf(failure.getMessage());
        return !failure.retryable() && (message.contains(" failed: HTTP 403") || message.contains(" failed: HTTP 404"));
    }

    static DeliveryFailure unreachable(String call, IOException e) {
        // The cause is kept for the stack trace; its message is not repeated in ours.
        return DeliveryFailure.retryable(
                call + " could not reach the Bot Connector: " + e.getClass().getSimpleName(), e);
    }

    /** Seconds from a {@code Retry-After} header; an HTTP date or anything else gets the default. */
    static Duration retryAfter(String header) {
        return DeliveryFailure.secondsToWait(header, DEFAULT_RETRY_AFTER);
    }

    /** {@code " (MessageWritesBlocked)"} from {@code {"error":{"code":…}}}, or nothing when the body has no code. */
    private static String errorCode(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        try {
            JsonNode code = JSON.readTree(body).path("error").path("code");
            return code.isTextual() && !code.asText().isBlank() ? " (" + code.asText() + ")" : "";
        } catch (IOException notJson) {
            return "";
        }
    }
}
