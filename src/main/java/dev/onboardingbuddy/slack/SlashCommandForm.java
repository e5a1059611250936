package dev.onboardingbuddy.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        SlashCommandRequest command = new SlashCommandRequest(body, payload(body), headers);
        command.updateContext(config);
        queryString.forEach((name, values) -> command.getQueryString()
                .computeIfAbsent(name, absent -> new ArrayList<>())
                .addAll(values));
        String forwardedFor = headers.getFirstValue("X-Forwarded-For");
        command.setClientIpAddress(forwardedFor != null ? forwardedFor : remoteAddress);
        return command;
    }

    /**
     * The payload Bolt's {@code SlashCommandPayloadParser} (slack-app-backend 1.48) reads from the form, field for
     * field and with its rules: a pair counts when splitting it at {@code =} leaves exactly two parts once trailing
     * empty ones are dropped; the name is trimmed and loses its line breaks; both are URL-decoded; {@code
     * is_enterprise_install} is true when it says so, trimmed and in any case. That parser
     * compiles a regular expression for every field of every request (a quarter of what a {@code status} request
     * allocated); this one reads the form once. {@code SlashCommandFormTest} holds the two to the same payloads.
     *
     * @throws IllegalArgumentException for a malformed {@code %} escape, as Bolt's parser does
     */
    static SlashCommandPayload payload(String body) {
        SlashCommandPayload payload = new SlashCommandPayload();
        int start = 0;
        while (start < body.length()) {
            int end = body.indexOf('&', start);
            if (end < 0) {
                end = body.length();
            }
            int last = end;
            while (last > start && body.charAt(last - 1) == '=') {
                last--; // what String.split drops: "a=b=" has the two parts "a" and "b"
            }
            int equals = body.indexOf('=', start);
            int another = equals < 0 ? -1 : body.indexOf('=', equals + 1);
            if (equals >= 0 && equals < last && (another < 0 || another >= last)) {
                String name = URLDecoder.decode(
                        body.substring(start, equals).trim().replace("\n", ""), StandardCharsets.UTF_8);
                set(payload, name, URLDecoder.decode(body.substring(equals + 1, last), StandardCharsets.UTF_8));
            }
            start = end + 1;
        }
        return payload;
    }

    private static void set(SlashCommandPayload payload, String name, String value) {
        switch (name) {
            case "token" -> payload.setToken(value);
            case "team_id" -> payload.setTeamId(value);
            case "team_domain" -> payload.setTeamDomain(value);
            case "enterprise_id" -> payload.setEnterpriseId(value);
            case "enterprise_name" -> payload.setEnterpriseName(value);
            case "api_app_id" -> payload.setApiAppId(value);
            case "channel_id" -> payload.setChannelId(value);
            case "channel_name" -> payload.setChannelName(value);
            case "user_id" -> payload.setUserId(value);
            case "user_name" -> payload.setUserName(value);
            case "command" -> payload.setCommand(value);
            case "text" -> payload.setText(value);
            case "response_url" -> payload.setResponseUrl(value);
            case "trigger_id" -> payload.setTriggerId(value);
            case "is_enterprise_install" ->
                payload.setEnterpriseInstall("true".equals(value.trim().toLowerCase(Locale.ENGLISH)));
            default -> {
                // a field Bolt's payload has no place for
            }
        }
    }

    private static boolean isKey(String body, int start, int end, String key) {
        return end - start == key.length() && body.regionMatches(start, key, 0, key.length());
    }
}
