package dev.onboardingbuddy.notification;

import dev.onboardingbuddy.enrollment.ChatUserId;
import java.util.Objects;

/**
 * A run of inline text with one meaning. Adapters decide the markup: Slack mrkdwn, Teams Adaptive Card markdown with
 * mention entities. The core never writes markup itself, so no platform has to parse another's syntax back out.
 */
public sealed interface Span {

    /** What a reader sees when the message cannot be rendered, such as in a push notification or a log line. */
    String plain();

    record Plain(String text) implements Span {
        public Plain {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String plain() {
            return text;
        }
    }

    record Strong(String text) implements Span {
        public Strong {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String plain() {
            return text;
        }
    }

    record Emphasis(String text) implements Span {
        public Emphasis {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String plain() {
            return text;
        }
    }

    /** Words the reader may type back, such as {@code done 3}. */
    record Code(String text) implements Span {
        public Code {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String plain() {
            return text;
        }
    }

    record Link(String url, String label) implements Span {
        public Link {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(label, "label");
        }

        @Override
        public String plain() {
            return label + " (" + url + ")";
        }
    }

    /** A person, named so that the platform notifies them. */
    record Mention(ChatUserId user) implements Span {
        public Mention {
            Objects.requireNonNull(user, "user");
        }

        @Override
        public String plain() {
            return "@" + user.value();
        }
    }

    /**
     * One of the bot's commands with its arguments, such as {@code start @hire @manager}: Slack shows it as the slash
     * command, Teams as the words typed to the bot. Empty words name the command itself, as in a heading.
     */
    record Command(String words) implements Span {
        public Command {
            Objects.requireNonNull(words, "words");
        }

        @Override
        public String plain() {
            return words;
        }
    }

    /** A sign by its meaning; each platform picks its own emoji. */
    record Symbol(Meaning meaning) implements Span {
        public Symbol {
            Objects.requireNonNull(meaning, "meaning");
        }

        @Override
        public String plain() {
            return meaning.unicode();
        }
    }

    enum Meaning {
        SUCCESS("\u2705"),
        REFUSED("\u26d4"),
        WARNING("\u26a0\ufe0f"),
        RISK_HIGH("\uD83D\uDD34"),
        RISK_MEDIUM("\uD83D\uDFE1"),
        RISK_LOW("\uD83D\uDFE2");

        private final String unicode;

        Meaning(String unicode) {
            this.unicode = unicode;
        }

        public String unicode() {
            return unicode;
        }
    }
}
