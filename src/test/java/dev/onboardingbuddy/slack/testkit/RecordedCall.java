package dev.onboardingbuddy.slack.testkit;

import java.time.Instant;
import java.util.Map;

/**
 * One Web API call as {@link FakeSlackApi} received it, recorded even when the fake answered with a failure.
 *
 * @param method        the Web API method, e.g. {@code chat.postMessage}
 * @param params        form fields or top-level JSON fields (non-string JSON values as JSON text), plus query params
 * @param body          the raw request body, decoded as UTF-8
 * @param authorization the {@code Authorization} header, e.g. {@code Bearer xoxb-...}, or null
 * @param at            when the fake received it, per the fake's clock
 */
public record RecordedCall(String method, Map<String, String> params, String body, String authorization, Instant at) {

    public RecordedCall {
        params = Map.copyOf(params);
    }

    /** A parameter's value, or null when the call did not send it. */
    public String param(String name) {
        return params.get(name);
    }
}
