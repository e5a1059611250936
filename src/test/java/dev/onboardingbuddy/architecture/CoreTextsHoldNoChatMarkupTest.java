package dev.onboardingbuddy.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The core writes words as spans (mention, strong, code, symbol, command); each adapter writes its own markup. A string
 * literal in a core class holding Slack or Teams markup would reach the other platform as garbage, so this reads the
 * core's sources, comments left out, and names every literal that holds markup.
 */
class CoreTextsHoldNoChatMarkupTest {
    private static final Path SOURCES = Path.of("src/main/java/dev/onboardingbuddy");
    private static final List<String> CORE = List.of(
            "checklist",
            "timeline",
            "enrollment",
            "progress",
            "notification",
            "conversation",
            "programme",
            "home",
            "reminders");

    private static final Map<String, Pattern> MARKUP = Map.of(
            "a Slack mention <@", Pattern.compile("<@"),
            "a Teams mention <at>", Pattern.compile("</?at>"),
            "an emoji :shortcode:", Pattern.compile(":[a-z0-9_+-]+:"),
            "the Slack command /onboarding", Pattern.compile("/onboarding"),
            "a `code` span", Pattern.compile("`[^`]+`"),
            // words between asterisks; a regular expression's quantifiers (\\*, .*?, [-*+]) are not words
            "*bold* markup",
                    Pattern.compile(
                            "(?<![\\w*\\\\])\\*\\p{L}(?:[\\p{L}\\p{N} ,.'!?/-]*[\\p{L}\\p{N}.!?])?\\*(?![\\w*])"));

    @Test
    void noCoreStringLiteralHoldsChatMarkup() throws IOException {
        List<String> found = new ArrayList<>();
        for (String pkg : CORE) {
            try (Stream<Path> files = Files.walk(SOURCES.resolve(pkg))) {
                files.filter(file -> file.toString().endsWith(".java"))
                        .sorted()
                        .forEach(file -> found.addAll(markupIn(file)));
            }
        }
        assertThat(found)
                .as("core string literals with chat markup; build the text from spans instead")
                .isEmpty();
    }

    @Test
    void theScanFindsMarkupInLiteralsButNotInComments() {
        String source = String.join(
                "\n",
                "/** Writes <@U1> and *bold* and `code` :warning: /onboarding <at>x</at> */",
                "class X {",
                "  // \"<@U1>\" in a line comment",
                "  String ok = \"day 3 of 90: 2*3 * 4, a_b, 12:30 and a \\\"quote\\\" with /* no comment */\";",
                "  char c = '\"';",
                "  String mention = \"<@\" + id + \">\";",
                "  String bold = \"press *Done*\";",
                "  String code = \"reply `list`\";",
                "  String emoji = \":white_check_mark: done\";",
                "  String command = \"use /onboarding start\";",
                "  String teams = \"<at>Ana</at>\";",
                "  String block = \"\"\"",
                "      see *this*\"\"\";",
                "}");

        List<String> found = markupIn("X.java", source);

        assertThat(found).hasSize(7);
        assertThat(String.join("\n", found))
                .contains("X.java:6", "X.java:7", "X.java:8", "X.java:9", "X.java:10", "X.java:11", "X.java:12")
                .doesNotContain("X.java:1:", "X.java:3:", "X.java:4:", "X.java:5:");
    }

    private static List<String> markupIn(Path file) {
        try {
            return markupIn(SOURCES.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every string literal (text blocks too) outside comments that holds markup, as {@code file:line: kind in "..."}. */
    static List<String> markupIn(String name, String source) {
        List<String> found = new ArrayList<>();
        for (Literal literal : literals(source)) {
            MARKUP.forEach((kind, pattern) -> {
                if (pattern.matcher(literal.text()).find()) {
                    found.add(name + ":" + literal.line() + ": " + kind + " in \"" + literal.text() + "\"");
                }
            });
        }
        return found;
    }

    private record Literal(int line, String text) {}

    /** A small Java lexer: enough to tell comments, char literals, strings and text blocks apart. */
    private static List<Literal> literals(String source) {
        List<Literal> literals = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (source.startsWith("//", i)) {
                while (i < source.length() && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                line += count(source.substring(i, end), '\n');
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int start = line;
                int end = i + 3;
                while (end < source.length() && !source.startsWith("\"\"\"", end)) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                String body = source.substring(i + 3, Math.min(end, source.length()));
                line += count(body, '\n');
                literals.add(new Literal(start, body));
                i = Math.min(end + 3, source.length());
            } else if (c == '"' || c == '\'') {
                StringBuilder body = new StringBuilder();
                int end = i + 1;
                while (end < source.length() && source.charAt(end) != c && source.charAt(end) != '\n') {
                    if (source.charAt(end) == '\\' && end + 1 < source.length()) {
                        body.append(source, end, end + 2);
                        end += 2;
                    } else {
                        body.append(source.charAt(end++));
                    }
                }
                if (c == '"') {
                    literals.add(new Literal(line, body.toString()));
                }
                i = end + 1;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static int count(String text, char wanted) {
        return (int) text.chars().filter(ch -> ch == wanted).count();
    }
}
