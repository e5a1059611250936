package dev.onboardingbuddy.persistence;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.notification.Span;
import dev.onboardingbuddy.notification.Text;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Slack mrkdwn that outbox rows held before texts had spans, so that messages queued by that version are
 * still sent as they were written: {@code <@U1>} and {@code <@U1|name>} are mentions, {@code *x*} strong,
 * {@code _x_} emphasis, {@code `x`} code, {@code <url|label>} a link, the bot's emoji shortcodes symbols, and
 * everything else plain words. Rendered as Slack mrkdwn again, the spans give back the text that was stored.
 * Stateless.
 */
final class LegacyMrkdwn {
    private static final Map<String, Span.Meaning> SYMBOLS = Map.of(
            "white_check_mark", Span.Meaning.SUCCESS,
            "no_entry", Span.Meaning.REFUSED,
            "warning", Span.Meaning.WARNING,
            "red_circle", Span.Meaning.RISK_HIGH,
            "large_yellow_circle", Span.Meaning.RISK_MEDIUM,
            "large_green_circle", Span.Meaning.RISK_LOW);

    private static final Pattern MARKUP = Pattern.compile(String.join(
            "|",
            "<@(?<mention>[UW][A-Z0-9]+)(?:\\|[^>]*)?>",
            "<(?<url>https?://[^|>\\s]+)\\|(?<label>[^>]+)>",
            "`(?<code>[^`]+)`",
            ":(?<symbol>" + String.join("|", SYMBOLS.keySet()) + "):",
            // as Slack reads them: only where a word starts and ends, so snake_case and 2*3*4 stay words
            "(?<!\\w)\\*(?<strong>[^*\\n<>]+)\\*(?!\\w)",
            "(?<!\\w)_(?<emphasis>[^_\\n<>]+)_(?!\\w)"));

    private LegacyMrkdwn() {}

    static Text read(String mrkdwn) {
        Text.Builder text = Text.builder();
        Matcher matcher = MARKUP.matcher(mrkdwn);
        int at = 0;
        while (matcher.find()) {
            text.plain(unescape(mrkdwn.substring(at, matcher.start())));
            if (matcher.group("mention") != null) {
                text.mention(ChatUserId.slack(matcher.group("mention")));
            } else if (matcher.group("url") != null) {
                text.link(matcher.group("url"), unescape(matcher.group("label")));
            } else if (matcher.group("code") != null) {
                text.code(unescape(matcher.group("code")));
            } else if (matcher.group("symbol") != null) {
                text.symbol(SYMBOLS.get(matcher.group("symbol")));
            } else if (matcher.group("strong") != null) {
                text.strong(unescape(matcher.group("strong")));
            } else {
                text.emphasis(unescape(matcher.group("emphasis")));
            }
            at = matcher.end();
        }
        text.plain(unescape(mrkdwn.substring(at)));
        return text.build();
    }

    /** The angle brackets that Slack markup escapes; the renderer escapes them again. */
    private static String unescape(String mrkdwn) {
        return mrkdwn.replace("&lt;", "<").replace("&gt;", ">");
    }
}
