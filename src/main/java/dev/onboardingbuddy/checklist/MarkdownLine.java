package dev.onboardingbuddy.checklist;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One classified line of a checklist document.
 *
 * @param number 1-based, for error messages
 * @param indent leading columns; an indented bullet belongs to the checkbox above it
 * @param text the content without the marker ({@code ## }, {@code - [ ] }, {@code - })
 */
record MarkdownLine(int number, int indent, Kind kind, String text) {
    enum Kind {
        BLANK,
        RULE,
        H1,
        H2,
        H3,
        H4,
        CHECKBOX,
        BULLET,
        TEXT
    }

    private static final Pattern HEADING = Pattern.compile("(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*");
    // "[x]" counts too: an author may tick items in a copy, and a ticked item is still an item.
    private static final Pattern CHECKBOX = Pattern.compile("[-*+]\\s+\\[[ xX]\\]\\s*(.*)");
    private static final Pattern BULLET = Pattern.compile("[-*+]\\s+(.*)");
    private static final Pattern RULE = Pattern.compile("(-{3,}|\\*{3,}|_{3,})");

    static MarkdownLine classify(int number, String raw) {
        String expanded = raw.replace("\t", "    ");
        String content = expanded.strip();
        int indent = expanded.length() - expanded.stripLeading().length();
        if (content.isEmpty()) {
            return new MarkdownLine(number, indent, Kind.BLANK, "");
        }
        if (RULE.matcher(content).matches()) {
            return new MarkdownLine(number, indent, Kind.RULE, "");
        }
        Matcher heading = HEADING.matcher(content);
        if (indent == 0 && heading.matches()) {
            return new MarkdownLine(number, indent, headingKind(heading.group(1).length()), heading.group(2));
        }
        Matcher checkbox = CHECKBOX.matcher(content);
        if (checkbox.matches()) {
            return new MarkdownLine(
                    number, indent, Kind.CHECKBOX, checkbox.group(1).strip());
        }
        Matcher bullet = BULLET.matcher(content);
        if (bullet.matches()) {
            return new MarkdownLine(number, indent, Kind.BULLET, bullet.group(1).strip());
        }
        return new MarkdownLine(number, indent, Kind.TEXT, content);
    }

    private static Kind headingKind(int level) {
        return switch (level) {
            case 1 -> Kind.H1;
            case 2 -> Kind.H2;
            case 3 -> Kind.H3;
            default -> Kind.H4;
        };
    }

    boolean is(Kind expected) {
        return kind == expected;
    }
}
