package dev.onboardingbuddy.slack;

import dev.onboardingbuddy.notification.Span;
import dev.onboardingbuddy.notification.Text;
import java.util.Map;
import java.util.regex.Pattern;

/** Writes chat-neutral {@link Text} as Slack mrkdwn. Stateless. */
public final class SlackMarkup {
    /** The slash command the app manifest declares. */
    static final String COMMAND = "/onboarding";

    private static final Map<Span.Meaning, String> EMOJI = Map.of(
            Span.Meaning.SUCCESS, ":white_check_mark:",
            Span.Meaning.REFUSED, ":no_entry:",
            Span.Meaning.WARNING, ":warning:",
            Span.Meaning.RISK_HIGH, ":red_circle:",
            Span.Meaning.RISK_MEDIUM, ":large_yellow_circle:",
            Span.Meaning.RISK_LOW, ":large_green_circle:");

    /** A person named in a command's words, {@code @U123}, which Slack writes as the mention it sends, {@code <@U123>}. */
    private static final Pattern PERSON_WORD = Pattern.compile("(?<!\\S)@([UW][A-Z0-9]{2,})(?!\\S)");

    private SlackMarkup() {}

    public static String mrkdwn(Text text) {
        StringBuilder out = new StringBuilder();
        for (Span span : text.spans()) {
            out.append(mrkdwn(span));
        }
        return out.toString();
    }

    private static String mrkdwn(Span span) {
        if (span instanceof Span.Plain plain) {
            return escape(plain.text());
        } else if (span instanceof Span.Strong strong) {
            return "*" + escape(strong.text()) + "*";
        } else if (span instanceof Span.Emphasis emphasis) {
            return "_" + escape(emphasis.text()) + "_";
        } else if (span instanceof Span.Code code) {
            return "`" + escape(code.text()) + "`";
        } else if (span instanceof Span.Link link) {
            return "<" + link.url() + "|" + escape(link.label()) + ">";
        } else if (span instanceof Span.Mention mention) {
            return "<@" + mention.user().value() + ">";
        } else if (span instanceof Span.Command command) {
            return command.words().isEmpty()
                    ? "*" + COMMAND + "*"
                    : "`" + COMMAND + " "
                            + PERSON_WORD.matcher(escape(command.words())).replaceAll("<@$1>") + "`";
        } else if (span instanceof Span.Symbol symbol) {
            return EMOJI.get(symbol.meaning());
        }
        throw new IllegalArgumentException("no mrkdwn for " + span);
    }

    /**
     * Only the angle brackets: they open mentions and links ({@code <@U1>}, {@code <!channel>}), so text from a
     * checklist or a person must not smuggle one in. A lone ampersand shows as it is.
     */
    private static String escape(String text) {
        return text.replace("<", "&lt;").replace(">", "&gt;");
    }
}
