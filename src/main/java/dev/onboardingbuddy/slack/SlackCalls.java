package dev.onboardingbuddy.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import dev.onboardingbuddy.notification.DeliveryFailure;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import javax.net.ssl.SSLHandshakeException;

/**
 * Runs one Web API call and translates every way it can fail into a {@link DeliveryFailure}, once for the whole
 * adapter, so the outbox knows whether to wait, retry or give up. Messages name the method and Slack's error code,
 * never the token (the SDK sends it as a header, and no request detail is copied into a message). Stateless.
 */
final class SlackCalls {

    /** Used when Slack rate-limits without a readable {@code Retry-After}; Slack's tier windows are about a minute. */
    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(30);

    /** {@code ok:false} errors that say "not now" rather than "never"; every other error code is permanent. */
    private static final Set<String> TRANSIENT_ERRORS =
            Set.of("internal_error", "fatal_error", "service_unavailable", "request_timeout");
    /** Transient errors after which, Slack's method docs say, "some aspect of the operation" may have succeeded. */
    private static final Set<String> MAYBE_DONE_ERRORS = Set.of("internal_error", "fatal_error");

    /** {@code ok:false} errors that mean the person messaged has left, or cannot be messaged by a bot at all. */
    private static final Set<String> RECIPIENT_GONE_ERRORS =
            Set.of("user_not_found", "account_inactive", "cannot_dm_bot", "user_disabled");

    @FunctionalInterface
    interface Call<T> {
        T run() throws IOException, SlackApiException;
    }

    private SlackCalls() {}

    /** Runs the call and returns its answer when {@code ok:true}; throws {@link DeliveryFailure} otherwise. */
    static <T extends SlackApiTextResponse> T require(String method, Call<T> call) {
        T response = send(method, call);
        if (!response.isOk()) {
            throw refused(method, response.getError());
        }
        return response;
    }

    /** Runs the call; transport failures throw, an {@code ok:false} answer is returned for the caller to judge. */
    static <T extends SlackApiTextResponse> T send(String method, Call<T> call) {
        try {
            return call.run();
        } catch (SlackApiException e) {
            throw httpFailure(method, e);
        } catch (IOException e) {
            // The cause is kept for the stack trace; its message is not repeated in ours.
            String message = method + " could not reach Slack: " + e.getClass().getSimpleName();
            throw neverArrived(e)
                    ? DeliveryFailure.retryable(message, e)
                    : DeliveryFailure.outcomeUnknown(message + "; Slack may have done it", e);
        }
    }

    /**
     * True when the request cannot have reached Slack: no connection or no TLS session was ever made. Anything else,
     * a read timeout above all, may have been processed without our hearing the answer.
     */
    private static boolean neverArrived(IOException e) {
        return e instanceof ConnectException
                || e instanceof UnknownHostException
                || e instanceof NoRouteToHostException
                || e instanceof SSLHandshakeException
                || (e instanceof SocketTimeoutException
                        && String.valueOf(e.getMessage())
                                .toLowerCase(Locale.ROOT)
                                .contains("connect"));
    }

    /** The failure for an {@code ok:false} answer with Slack's {@code error} code. */
    static DeliveryFailure refused(String method, String error) {
        if ("ratelimited".equals(error)) {
            return DeliveryFailure.rateLimited(DEFAULT_RETRY_AFTER);
        }
        String message = method + " failed: " + error;
        if (RECIPIENT_GONE_ERRORS.contains(error)) {
            return DeliveryFailure.recipientGone(message);
        }
        if (MAYBE_DONE_ERRORS.contains(error)) {
            return DeliveryFailure.outcomeUnknown(message, null);
        }
        return TRANSIENT_ERRORS.contains(error)
                ? DeliveryFailure.retryable(message, null)
                : DeliveryFailure.permanent(message);
    }

    private static DeliveryFailure httpFailure(String method, SlackApiException e) {
        int status = e.getResponse() == null ? 0 : e.getResponse().code();
        if (status == 429) {
            return DeliveryFailure.rateLimited(retryAfter(e.getResponse().header("Retry-After")));
        }
        String error = e.getError() == null || e.getError().getError() == null
                ? ""
                : " (" + e.getError().getError() + ")";
        String message = method + " failed: HTTP " + status + error;
        // 5xx is Slack having a bad moment after the request arrived: it may have posted the message before failing.
        // 408 means Slack gave up waiting for the request, so nothing was done. Any other 4xx will not change by asking
        // again.
        if (status >= 500) {
            return DeliveryFailure.outcomeUnknown(message, e);
        }
        return status == 408 ? DeliveryFailure.retryable(message, e) : DeliveryFailure.permanent(message);
    }

    /** Seconds from a {@code Retry-After} header; Slack sends whole seconds, anything else gets the default. */
    static Duration retryAfter(String header) {
        return DeliveryFailure.secondsToWait(header, DEFAULT_RETRY_AFTER);
    }
}
