package dev.onboardingbuddy.checklist;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A span of programme days relative to the start date. Day 1 is the start date; week N is days 7N-6..7N.
 * Written as {@code day 30}, {@code days 31-60}, {@code week 1}, {@code weeks 2-4} or {@code week 3-4}.
 */
public record Period(int firstDay, int lastDay) {
    private static final Pattern FORM = Pattern.compile("(day|days|week|weeks)\\s+(\\d{1,3})(?:\\s*-\\s*(\\d{1,3}))?");

    public Period {
        if (firstDay < 1) {
            throw new IllegalArgumentException("a period starts on day 1 or later, not day " + firstDay);
        }
        if (lastDay < firstDay) {
            throw new IllegalArgumentException("a period ends on or after its first day: " + firstDay + ".." + lastDay);
        }
    }

    public static Period day(int day) {
        return new Period(day, day);
    }

    public static Period week(int week) {
        return weeks(week, week);
    }

    public static Period weeks(int first, int last) {
        return new Period(7 * first - 6, 7 * last);
    }

    /** Parses the written form; the message of the exception says what is accepted. */
    public static Period parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a period: write 'day 30', 'days 31-60', 'week 1' or 'weeks 2-4'");
        }
        int from = Integer.parseInt(m.group(2));
        int to = m.group(3) == null ? from : Integer.parseInt(m.group(3));
        if (from < 1 || to < from) {
            throw new IllegalArgumentException("'" + text + "' must count up from 1, such as 'weeks 2-4'");
        }
        return m.group(1).startsWith("week") ? weeks(from, to) : new Period(from, to);
    }

    /** The shortest written form that parses back to this period. */
    public String text() {
        boolean weekAligned = firstDay % 7 == 1 && lastDay % 7 == 0;
        if (weekAligned) {
            int first = (firstDay + 6) / 7;
            int last = lastDay / 7;
            return first == last ? "week " + first : "weeks " + first + "-" + last;
        }
        return firstDay == lastDay ? "day " + firstDay : "days " + firstDay + "-" + lastDay;
    }

    public boolean startsAfter(Period other) {
        return firstDay > other.lastDay;
    }

    @Override
    public String toString() {
        return text();
    }
}
