package dev.onboardingbuddy.checklist;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** When the items of one section are released and due; a relationship item narrows this to its "Meet within". */
record Schedule(Period release, Period due) {
    private static final Pattern WEEK_HEADING = Pattern.compile("weeks?\\s+(\\d{1,2})(?:\\s*-\\s*(\\d{1,2}))?\\b.*");

    static Schedule of(Period period) {
        return new Schedule(period, period);
    }

    /** "Week 2-4: Core Understanding" releases in week 2 and is due by the end of week 4; other headings: none. */
    static Optional<Schedule> fromWeekHeading(String heading, int line) {
        Matcher week = WEEK_HEADING.matcher(Markdown.plain(heading).toLowerCase(Locale.ROOT));
        if (!week.matches()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(week.group(1));
        int last = week.group(2) == null ? first : Integer.parseInt(week.group(2));
        if (first < 1 || last < first) {
            throw new ImportException(line, "'" + heading + "' must name weeks counting up from 1, such as 'Week 2-4'");
        }
        return Optional.of(new Schedule(Period.week(first), Period.weeks(first, last)));
    }

    /** Reads a written period such as "Week 3-4", naming the line and the field when it is not one. */
    static Period parse(String value, String field, int line) {
        try {
            return Period.parse(value);
        } catch (IllegalArgumentException notAPeriod) {
            throw new ImportException(
                    line,
                    "'" + field + ": " + value + "' is not a period: write 'Week 1', 'Week 3-4'" + " or 'Day 45'");
        }
    }

    static Period within(Period period, int programmeDays, String what, int line) {
        if (period.lastDay() > programmeDays) {
            throw new ImportException(
                    line,
                    what + " '" + period.text() + "' ends after day " + programmeDays
                            + ", the last day of the programme");
        }
        return period;
    }
}
