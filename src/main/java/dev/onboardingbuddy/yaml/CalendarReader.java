package dev.onboardingbuddy.yaml;

import dev.onboardingbuddy.timeline.HolidaySource;
import dev.onboardingbuddy.timeline.PublicHolidays;
import dev.onboardingbuddy.timeline.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads one working calendar from its node tree, reporting every problem. Not thread-safe: one per file. */
final class CalendarReader {
    static final List<String> FIELDS = List.of("id", "name", "country", "workingDays", "holidays");
    static final List<String> HOLIDAY_FIELDS = List.of("date", "name");
    private static final String WEEKDAYS = "monday, tuesday, wednesday, thursday, friday, saturday, sunday";

    private final Problems problems;
    private final HolidaySource publicHolidays;

    CalendarReader(Problems problems, HolidaySource publicHolidays) {
        this.problems = problems;
        this.publicHolidays = publicHolidays;
    }

    Optional<WorkingCalendar> read(Node root, String expectedId) {
        Optional<YamlMapping> read = YamlMapping.of(root, "calendar", problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YamlMapping calendar = read.get();
        calendar.rejectUnknown(FIELDS);
        Optional<String> id = id(calendar, expectedId);
        calendar.requiredText("name");
        Optional<PublicHolidays> country = country(calendar);
        Set<DayOfWeek> workingDays = workingDays(calendar);
        TreeSet<LocalDate> holidays = holidays(calendar);
        if (!problems.isEmpty() || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new WorkingCalendar(id.get(), workingDays, holidays, country.orElseGet(PublicHolidays::none)));
    }

    private Optional<String> id(YamlMapping calendar, String expectedId) {
        Optional<String> id = calendar.requiredText("id");
        if (id.isPresent() && id.get().equals(WorkingCalendar.DEFAULT_ID)) {
            calendar.problem(
                    "id", "id 'default' is reserved for the built-in Monday-to-Friday calendar; choose another");
            return Optional.empty();
        }
        if (id.isPresent() && !id.get().equals(expectedId)) {
            calendar.problem(
                    "id",
                    "id '" + id.get() + "' does not match the file name '" + expectedId
                            + ".yaml'; rename the file or change the id");
            return Optional.empty();
        }
        return id;
    }

    /** Optional: the country or region whose public holidays the calendar takes, for any year. */
    private Optional<PublicHolidays> country(YamlMapping calendar) {
        Optional<String> code =
                calendar.text("country").map(text -> text.strip().toLowerCase(Locale.ROOT));
        if (code.isEmpty()) {
            return Optional.empty();
        }
        if (!publicHolidays.knows(code.get())) {
            calendar.problem(
                    "country",
                    "country '" + code.get() + "' has no known public holidays; write an ISO 3166 "
                            + "country code, optionally with its region, such as de, de-by, us, us-ca, gb-sct or il");
            return Optional.empty();
        }
        return Optional.of(PublicHolidays.of(code.get(), publicHolidays));
    }

    private Set<DayOfWeek> workingDays(YamlMapping calendar) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        List<Node> nodes = calendar.list("workingDays");
        for (Node node : nodes) {
            String text = node instanceof ScalarNode scalar ? scalar.getValue().strip() : "";
            Optional<DayOfWeek> day = weekday(text);
            if (day.isEmpty()) {
                problems.add(
                        YamlMapping.lineOf(node),
                        "calendar: '" + text + "' is not a weekday; choose from: " + WEEKDAYS);
            } else if (!days.add(day.get())) {
                problems.add(YamlMapping.lineOf(node), "calendar: weekday '" + text + "' is listed twice");
            }
        }
        if (nodes.isEmpty()) {
            calendar.problem("workingDays", "'workingDays' is missing or empty, such as [monday, tuesday, ...]");
        }
        return days;
    }

    private static Optional<DayOfWeek> weekday(String text) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().toLowerCase(Locale.ROOT).equals(text)) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    private TreeSet<LocalDate> holidays(YamlMapping calendar) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        Map<LocalDate, Integer> lines = new HashMap<>();
        int position = 0;
        for (Node node : calendar.list("holidays")) {
            position++;
            Optional<YamlMapping> read = YamlMapping.of(node, "holiday " + position, problems);
            if (read.isEmpty()) {
                continue;
            }
            YamlMapping holiday = read.get()
                    .peekText("date")
                    .map(d -> read.get().named("holiday " + d))
                    .orElse(read.get());
            holiday.rejectUnknown(HOLIDAY_FIELDS);
            holiday.requiredText("name");
            Optional<LocalDate> date = holiday.requiredText("date").flatMap(text -> date(holiday, text));
            if (date.isPresent()) {
                Integer first = lines.putIfAbsent(date.get(), holiday.lineOf("date"));
                if (first != null) {
                    holiday.problem("date", "date " + date.get() + " is already listed on line " + first);
                }
                dates.add(date.get());
            }
        }
        return dates;
    }

    private static Optional<LocalDate> date(YamlMapping holiday, String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            holiday.problem("date", "date '" + text + "' is not a calendar date; write YYYY-MM-DD, such as 2026-12-25");
            return Optional.empty();
        }
    }
}
