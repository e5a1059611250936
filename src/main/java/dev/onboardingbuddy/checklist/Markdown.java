package dev.onboardingbuddy.checklist;

import java.util.regex.Pattern;

/**
 * Turns inline markdown into the plain text that chat messages show. Runs of underscores are kept: the generator
 * uses them as fill-in blanks ("Current assessment: ___________").
 */
final class Markdown {
    private static final Pattern STRONG = Pattern.compile("\\*\\*");
    private static final Pattern STRONG_UNDERSCORES = Pattern.compile("__([^\\s_](?:.*?[^\\s_])?)__");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])[*_]([^\\s*_](?:.*?[^\\s*_])?)[*_](?![\\w*])");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Markdown() {}

    static String plain(String text) {
        String withoutStrong =
                STRONG_UNDERSCORES.matcher(STRONG.matcher(text).replaceAll("")).replaceAll("$1");
        String withoutEmphasis = EMPHASIS.matcher(withoutStrong).replaceAll("$1");
        return SPACES.matcher(withoutEmphasis).replaceAll(" ").strip();
    }

    /** Whether a whole line is italic, as the generator writes its footers and "Date:" prompts. */
    static boolean isItalicLine(String text) {
        String trimmed = text.strip();
        return trimmed.length() > 1
                && (trimmed.startsWith("*") && trimmed.endsWith("*")
                        || trimmed.startsWith("_") && trimmed.endsWith("_"));
    }
}
