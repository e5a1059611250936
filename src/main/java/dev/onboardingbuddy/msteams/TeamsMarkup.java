package dev.onboardingbuddy.msteams;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.notification.Span;
import dev.onboardingbuddy.notification.Text;
import java.util.function.Function;

/**
 * Writes chat-neutral {@link Text} as the markdown Teams renders in messages and Adaptive Card text, and collects a
 * {@code mention} entity for every person named: in Teams a mention is {@code <at>Name</at>} in the text plus an
 * entity that says whom it means. Not thread-safe: one instance per message.
 */
final class TeamsMarkup {
    /** The word that starts a command typed to the bot, as the app manifest's command lists offer it. */
    static final String COMMAND = "onboarding";

    private final Function<ChatUserId, String> names;
    private final ArrayNode mentions = JsonNodeFactory.instance.arrayNode();

    /** @param names a person's display name, for the mention text */
    TeamsMarkup(Function<ChatUserId, String> names) {
        this.names = names;
    }

    String markdown(Text text) {
        StringBuilder out = new StringBuilder();
        for (Span span : text.spans()) {
            out.append(markdown(span));
        }
        return out.toString();
    }

    /** The mention entities of everything written so far. */
    ArrayNode mentions() {
        return mentions.deepCopy();
    }

    private String markdown(Span span) {
        if (span instanceof Span.Plain plain) {
            return escape(plain.text());
        } else if (span instanceof Span.Strong strong) {
            return "**" + escape(strong.text()) + "**";
        } else if (span instanceof Span.Emphasis emphasis) {
            return "_" + escape(emphasis.text()) + "_";
        } else if (span instanceof Span.Code code) {
            return "`" + code.text() + "`";
        } else if (span instanceof Span.Link link) {
            return "[" + escape(link.label()) + "](" + link.url() + ")";
        } else if (span instanceof Span.Mention mention) {
            return mention(mention.user());
        } else if (span instanceof Span.Command command) {
            return command.words().isEmpty() ? "**" + COMMAND + "**" : "`" + COMMAND + " " + command.words() + "`";
        } else if (span instanceof Span.Symbol symbol) {
            return symbol.meaning().unicode();
        }
        throw new IllegalArgumentException("no Teams markdown for " + span);
    }

    private String mention(ChatUserId user) {
        String text = "<at>" + escape(names.apply(user)) + "</at>";
        ObjectNode entity = mentions.addObject();
        entity.put("type", "mention");
        entity.put("text", text);
        entity.putObject("mentioned").put("id", user.value()).put("name", names.apply(user));
        return text;
    }

    /** Angle brackets would open an {@code <at>} tag; markdown's emphasis characters are left as written. */
    private static String escape(String text) {
        return text.replace("<", "&lt;").replace(">", "&gt;");
    }
}
