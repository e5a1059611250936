package dev.onboardingbuddy.slack;

/** Text rules Slack enforces that the chat-neutral core does not know about. Stateless. */
final class SlackText {

    private static final String ELLIPSIS = "…";

    private SlackText() {}

    /**
     * Shortens {@code text} to at most {@code max} UTF-16 units, ending in an ellipsis. Never splits a surrogate pair:
     * half an emoji is invalid UTF-8 on the wire and Slack answers {@code invalid_blocks}.
     */
    static String truncate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - ELLIPSIS.length();
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, Math.max(end, 0)) + ELLIPSIS;
    }

    /**
     * Escapes the three characters Slack reads as control sequences in mrkdwn ({@code <@U1>}, {@code <url|label>}).
     * For plain data such as an item title; paragraphs keep their markup on purpose, so mentions still work.
     */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
