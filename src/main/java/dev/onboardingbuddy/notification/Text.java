package dev.onboardingbuddy.notification;

import dev.onboardingbuddy.enrollment.ChatUserId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Inline text as a list of {@link Span}s; immutable. Build it with {@link #builder()} or {@link #plain}. */
public record Text(List<Span> spans) {
    public Text {
        spans = List.copyOf(spans);
    }

    public static Text plain(String text) {
        return new Text(text.isEmpty() ? List.of() : List.of(new Span.Plain(text)));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The words without any markup, for fallbacks and logs. */
    public String plainText() {
        return spans.stream().map(Span::plain).collect(Collectors.joining());
    }

    public boolean isBlank() {
        return plainText().isBlank();
    }

    public Text append(Text more) {
        List<Span> all = new ArrayList<>(spans);
        all.addAll(more.spans);
        return new Text(all);
    }

    /** Collects spans in order. Not thread-safe. */
    public static final class Builder {
        private final List<Span> spans = new ArrayList<>();

        private Builder() {}

        public Builder plain(String text) {
            if (!text.isEmpty()) {
                spans.add(new Span.Plain(text));
            }
            return this;
        }

        public Builder strong(String text) {
            spans.add(new Span.Strong(text));
            return this;
        }

        public Builder emphasis(String text) {
            spans.add(new Span.Emphasis(text));
            return this;
        }

        public Builder code(String text) {
            spans.add(new Span.Code(text));
            return this;
        }

        public Builder link(String url, String label) {
            spans.add(new Span.Link(url, label));
            return this;
        }

        public Builder mention(ChatUserId user) {
            spans.add(new Span.Mention(user));
            return this;
        }

        public Builder command(String words) {
            spans.add(new Span.Command(words));
            return this;
        }

        public Builder symbol(Span.Meaning meaning) {
            spans.add(new Span.Symbol(meaning));
            return this;
        }

        public Builder text(Text text) {
            spans.addAll(text.spans());
            return this;
        }

        public Text build() {
            return new Text(spans);
        }
    }
}
