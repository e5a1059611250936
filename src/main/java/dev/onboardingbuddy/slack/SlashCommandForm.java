package dev.onboardingbuddy.slack;

import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tells a slash command's body (a form with a {@code command} field) from Slack's other bodies without parsing it:
 * interactions are forms with a {@code payload} field, the SSL check has {@code ssl_check}, events are JSON. Bolt's
 * parser finds the same out by decoding the whole form twice over (its payload extractor, then its command detector),
 * which was a third of what a {@code status} request allocated. Stateless.
 */
final class SlashCommandForm {
    private SlashCommandForm() {}

    /**
     * True for a form-encoded body that has a {@code command} field with a value and no {@code payload} or
     * {@code ssl_check} field.
     */
    static boolean isSlashCommand(String body) {
        if (body.isEmpty() || body.charAt(0) == '{') {
            return false;
        }
        boolean command = false;
        int start = 0;
        while (start < body.length()) {
            int end = body.indexOf('&', start);
            if (end < 0) {
                end = body.length();
            }
            int equals = body.indexOf('=', start);
            int keyEnd = equals < 0 || equals > end ? end : equals;
            if (isKey(body, start, keyEnd, "payload") || isKey(body, start, keyEnd, "ssl_check")) {
                return false;
            }
            command |= isKey(body, start, keyEnd, "command") && keyEnd < end - 1; // with a value, as Bolt wants
            start = end + 1;
        }
        return command;
    }

    /**
     * The request Bolt's {@code SlackRequestParser} (Bolt 1.48) builds for a slash command: the payload parsed from the
     * form, the context from the app's configuration, the query string, and the caller's address ({@code
     * X-Forwarded-For} first). {@code SlashCommandFormTest} holds it to what Bolt's parser makes of the same request.
     */
    static SlashCommandRequest request(
            String body,
            RequestHeaders headers,
            Map<String, List<String>> queryString,
            String remoteAddress,
            AppConfig config) {
        SlashCommandRequest command = new SlashCommandRequest(body, headers);
        command.updateContext(config);
        queryString.forEach((name, values) -> command.getQueryString()
                .computeIfAbsent(name, absent -> new ArrayList<>())
                .addAll(values));
        String forwardedFor = headers.getFirstValue("X-Forwarded-For");
        command.setClientIpAddress(forwardedFor != null ? forwardedFor : remoteAddress);
        return command;
    }

    private static boolean isKey(String body, int start, int end, String key) {
        return end - start == key.length() && body.regionMatches(start, key, 0, key.length());
    }
}
