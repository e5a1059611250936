package dev.onboardingbuddy.slack;

/**
 * Tells a slash command's body (a form with a {@code command} field) from Slack's other bodies without parsing it:
 * interactions are forms with a {@code payload} field, the SSL check has {@code ssl_check}, events are JSON. Bolt's
 * parser finds the same out by decoding the whole form twice over (its payload extractor, then its command detector),
 * which was a third of what a {@code status} request allocated. Stateless.
 */
final class SlashCommandForm {
    private SlashCommandForm() {}

    /** True for a form-encoded body that has a {@code command} field and no {@code payload} or {@code ssl_check}. */
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
            command |= isKey(body, start, keyEnd, "command");
            start = end + 1;
        }
        return command;
    }

    private static boolean isKey(String body, int start, int end, String key) {
        return end - start == key.length() && body.regionMatches(start, key, 0, key.length());
    }
}
