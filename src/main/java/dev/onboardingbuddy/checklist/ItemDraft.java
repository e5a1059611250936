package dev.onboardingbuddy.checklist;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A checkbox as written, before a section rule turns it into an item: {@code - [ ] **Title** rest}, where the rest
 * may carry labelled fields after " - " ({@code - Target: Expert}), and the indented lines below it.
 *
 * @param title the bold part, or the whole line when nothing is bold
 * @param rest what follows the bold part, without labelled fields; empty when nothing is bold
 * @param fields labelled values, from the item line first and then from the nested lines
 * @param lines the nested lines that are not a known label, in order: the item's notes
 */
record ItemDraft(int line, String title, boolean bold, String rest, List<Field> fields, List<Field> lines) {

    /** A nested or inline line; label is empty for a free line. */
    record Field(String label, String value, int line) {
        String text() {
            return label.isEmpty() ? value : label + ": " + value;
        }
    }

    static final String MEET_WITHIN = "Meet within";
    static final String FOCUS = "Focus";
    static final String FREQUENCY = "Frequency going forward";
    static final String SUCCESS_METRICS = "Success metrics";
    static final String SUCCESS_CRITERIA = "Success criteria";
    static final String MANAGER_REVIEW = "Review with manager";
    static final String TARGET = "Target";
    static final String PROFICIENCY = "Expected proficiency";
    static final String DEVELOPMENT_PLAN = "Development plan";

    // "Current assessment" and "Resources" are left out on purpose: the rules keep them as notes, verbatim.
    private static final List<String> LABELS = List.of(
            MEET_WITHIN,
            FOCUS,
            FREQUENCY,
            SUCCESS_METRICS,
            SUCCESS_CRITERIA,
            MANAGER_REVIEW,
            TARGET,
            PROFICIENCY,
            DEVELOPMENT_PLAN);
    private static final Pattern BOLD_LEAD = Pattern.compile("\\*\\*(.+?)\\*\\*(.*)");
    private static final Pattern LEADING_SEPARATOR = Pattern.compile("^[\\s:\\-–—]+");
    private static final Pattern SEGMENT_SEPARATOR = Pattern.compile("\\s+[-–—]\\s+");

    /** Groups the checkbox lines of a block with the indented lines under each; other lines are not items. */
    static List<ItemDraft> readAll(List<MarkdownLine> lines) {
        List<ItemDraft> drafts = new ArrayList<>();
        MarkdownLine checkbox = null;
        List<MarkdownLine> nested = new ArrayList<>();
        for (MarkdownLine line : lines) {
            boolean nestedLine =
                    line.indent() > 0 && (line.is(MarkdownLine.Kind.BULLET) || line.is(MarkdownLine.Kind.TEXT));
            if (checkbox != null && (nestedLine || line.is(MarkdownLine.Kind.BLANK))) {
                if (nestedLine) {
                    nested.add(line);
                }
                continue;
            }
            if (checkbox != null) {
                drafts.add(of(checkbox, nested));
                checkbox = null;
                nested = new ArrayList<>();
            }
            if (line.is(MarkdownLine.Kind.CHECKBOX)) {
                checkbox = line;
            }
        }
        if (checkbox != null) {
            drafts.add(of(checkbox, nested));
        }
        return List.copyOf(drafts);
    }

    static ItemDraft of(MarkdownLine checkbox, List<MarkdownLine> nested) {
        List<Field> fields = new ArrayList<>();
        List<Field> free = new ArrayList<>();
        Matcher bold = BOLD_LEAD.matcher(checkbox.text());
        String title;
        List<String> restParts = new ArrayList<>();
        if (bold.matches()) {
            title = Markdown.plain(bold.group(1));
            String after = LEADING_SEPARATOR.matcher(bold.group(2)).replaceFirst("");
            for (String segment : SEGMENT_SEPARATOR.split(after)) {
                Field field = field(Markdown.plain(segment), checkbox.number());
                if (field.label().isEmpty()) {
                    restParts.add(field.value());
                } else {
                    fields.add(field);
                }
            }
        } else {
            title = Markdown.plain(checkbox.text());
        }
        for (MarkdownLine line : nested) {
            Field field = field(Markdown.plain(line.text()), line.number());
            (field.label().isEmpty() ? free : fields).add(field);
        }
        String rest = String.join(
                " - ", restParts.stream().filter(part -> !part.isEmpty()).toList());
        return new ItemDraft(checkbox.number(), title, bold.matches(), rest, List.copyOf(fields), List.copyOf(free));
    }

    private static Field field(String text, int line) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String label : LABELS) {
            if (lower.startsWith(label.toLowerCase(Locale.ROOT) + ":")) {
                return new Field(label, text.substring(label.length() + 1).strip(), line);
            }
        }
        return new Field("", text, line);
    }

    Optional<Field> field(String label) {
        return fields.stream().filter(field -> field.label().equals(label)).findFirst();
    }

    Optional<String> value(String label) {
        return field(label).map(Field::value).filter(value -> !value.isEmpty());
    }

    /**
     * The notes: free nested lines plus any labelled line the section rule does not use, so that a field written in
     * an unexpected section (a "Focus:" under a task) still reaches the hire.
     */
    List<String> notes(Set<String> usedLabels) {
        List<Field> all = new ArrayList<>(lines);
        fields.stream().filter(field -> !usedLabels.contains(field.label())).forEach(all::add);
        all.sort((left, right) -> Integer.compare(left.line(), right.line()));
        return all.stream().map(Field::text).toList();
    }

    /** The whole checkbox text as a reader sees it, bold or not; reviews keep their criteria this way. */
    String fullText() {
        return rest.isEmpty() ? title : title + " " + rest;
    }
}
