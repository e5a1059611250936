package dev.onboardingbuddy.slack.testkit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An HTTP request as Slack would send it to the bot, already signed. Immutable; the {@code with...} methods tamper
 * with a copy so tests can forge, replay or strip it.
 *
 * @param path        e.g. {@code /slack/events}
 * @param contentType {@code application/json} for events, {@code application/x-www-form-urlencoded} otherwise
 * @param body        the raw body, sent as UTF-8 bytes
 * @param headers     signature headers and any extras, in sending order
 */
public record SlackRequest(String path, String contentType, String body, Map<String, String> headers) {

    public static final String TIMESTAMP = "X-Slack-Request-Timestamp";
    public static final String SIGNATURE = "X-Slack-Signature";

    public SlackRequest {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    public SlackRequest withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new SlackRequest(path, contentType, body, copy);
    }

    public SlackRequest withoutHeader(String name) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.remove(name);
        return new SlackRequest(path, contentType, body, copy);
    }

    /** Marks the request as Slack's retry number {@code number} (1-3), e.g. reason {@code http_timeout}. */
    public SlackRequest withRetry(int number, String reason) {
        return withHeader("X-Slack-Retry-Num", Integer.toString(number)).withHeader("X-Slack-Retry-Reason", reason);
    }

    /** Same headers, different body: the signature no longer matches. */
    public SlackRequest withBody(String newBody) {
        return new SlackRequest(path, contentType, newBody, headers);
    }

    public SlackRequest withPath(String newPath) {
        return new SlackRequest(newPath, contentType, body, headers);
    }
}
