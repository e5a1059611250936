package dev.onboardingbuddy.cli;

import dev.onboardingbuddy.checklist.ChecklistTemplate;
import dev.onboardingbuddy.timeline.Audience;
import dev.onboardingbuddy.timeline.PlannedReminder;
import dev.onboardingbuddy.timeline.ReminderPolicy;
import dev.onboardingbuddy.timeline.ReminderStage;
import dev.onboardingbuddy.timeline.Timeline;
import dev.onboardingbuddy.timeline.WorkingCalendar;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Prints a timeline as a table sorted by time: date, local time, who is told, section, item. */
final class PlanPrinter {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd EEE", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final String ROW = "%-14s  %-5s  %-12s  %-34s  %s%n";

    private final PrintWriter out;

    PlanPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(
            ChecklistTemplate template,
            LocalDate start,
            ZoneId zone,
            WorkingCalendar calendar,
            Timeline timeline,
            ReminderPolicy policy) {
        out.printf(
                "%s (v%d, %s): start %s, %s, calendar %s; %d items, %d manager reminders%n",
                template.id(),
                template.version(),
                template.role(),
                start,
                zone,
                calendar.id(),
                timeline.items().size(),
                timeline.reminders().stream()
                        .filter(r -> r.stage() != ReminderStage.OVERDUE)
                        .count());
        out.printf(ROW, "DATE", "TIME", "WHO", "SECTION", "ITEM");
        List<Row> rows = new ArrayList<>();
        timeline.items()
                .forEach(item -> rows.add(row(
                        item.releaseAt(),
                        zone,
                        item.audience().label(),
                        item.section().title(),
                        "#" + item.number() + " " + item.item().title() + " (due " + item.dueDate() + ")")));
        timeline.reminders().stream()
                .filter(r -> r.stage() != ReminderStage.OVERDUE)
                .forEach(r -> rows.add(
                        row(r.at(), zone, Audience.MANAGER.label(), r.section().title(), describe(r))));
        rows.stream()
                .sorted(Comparator.comparing(Row::at))
                .forEach(row -> out.printf(ROW, row.date, row.time, row.who, shorten(row.section), row.text));
        out.printf(
                "Overdue reviews and meetings are reminded again every %d working days, at most %d times.%n",
                policy.overdueEveryWorkingDays(), policy.overdueCap());
        out.flush();
    }

    private static String describe(PlannedReminder reminder) {
        String what = reminder.item().title() + " (" + reminder.kind().describe() + ")";
        return reminder.stage() == ReminderStage.HEADS_UP
                ? "Heads-up: " + what + " due " + reminder.dueDate()
                : "Due today: " + what;
    }

    private static Row row(Instant at, ZoneId zone, String who, String section, String text) {
        ZonedDateTime local = at.atZone(zone);
        return new Row(at, DATE.format(local), TIME.format(local), who, section, text);
    }

    private static String shorten(String text) {
        return text.length() <= 34 ? text : text.substring(0, 33) + "…";
    }

    private record Row(Instant at, String date, String time, String who, String section, String text) {}
}
