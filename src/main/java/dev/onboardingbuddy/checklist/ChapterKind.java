package dev.onboardingbuddy.checklist;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a {@code ##} heading of a checklist document holds. */
enum ChapterKind {
    OVERVIEW,
    GOALS,
    REVIEWS,
    NOTES,
    RESOURCES,
    /** Unknown headings still hold tasks, so that no checkbox is lost to a renamed heading. */
    OTHER;

    private static final Pattern GOALS_HEADING = Pattern.compile("(\\d{1,3})-day goals\\b.*");

    static ChapterKind of(String heading) {
        String lower = normalized(heading);
        if (lower.equals("overview")) {
            return OVERVIEW;
        }
        if (GOALS_HEADING.matcher(lower).matches()) {
            return GOALS;
        }
        if (lower.startsWith("success metrics") || lower.contains("check-ins")) {
            return REVIEWS;
        }
        if (lower.startsWith("notes")) {
            return NOTES;
        }
        return lower.startsWith("resources") ? RESOURCES : OTHER;
    }

    /** The N of "N-Day Goals (...)": the last programme day of that phase. */
    static int goalsLastDay(String heading) {
        Matcher goals = GOALS_HEADING.matcher(normalized(heading));
        if (!goals.matches()) {
            throw new IllegalStateException("not a goals heading: " + heading);
        }
        return Integer.parseInt(goals.group(1));
    }

    private static String normalized(String heading) {
        return Markdown.plain(heading).toLowerCase(Locale.ROOT);
    }
}
