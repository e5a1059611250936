package dev.onboardingbuddy.cli;

import dev.onboardingbuddy.checklist.ChecklistTemplate;
import dev.onboardingbuddy.checklist.TemplateCatalog;
import dev.onboardingbuddy.config.Settings;
import dev.onboardingbuddy.timeline.CalendarCatalog;
import dev.onboardingbuddy.timeline.TimelinePlanner;
import dev.onboardingbuddy.timeline.WorkingCalendar;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Finds calendars of listed dates (no {@code country}) that list none for a year some programme reaches, so that
 * `validate` can say so before a hire silently gets no holiday.
 */
final class CalendarGaps {
    private final Settings settings;
    private final CalendarCatalog calendars;
    private final TemplateCatalog templates;

    CalendarGaps(Settings settings, CalendarCatalog calendars, TemplateCatalog templates) {
        this.settings = settings;
        this.calendars = calendars;
        this.templates = templates;
    }

    /** One line per calendar with a gap, for programmes on any template starting on {@code start}. */
    List<String> warnings(LocalDate start) {
        return calendars.ids().stream()
                .map(calendars::require)
                .flatMap(calendar -> warnings(start, calendar).stream())
                .toList();
    }

    /** At most one line, for one calendar. */
    List<String> warnings(LocalDate start, WorkingCalendar calendar) {
        TimelinePlanner planner =
                new TimelinePlanner(settings.plan().sendTime(), settings.plan().reminders());
        SortedSet<Integer> years = new TreeSet<>();
        for (ChecklistTemplate template : templates.templates()) {
            LocalDate last = planner.plan(template, start, ZoneOffset.UTC, calendar)
                    .lastDay()
                    .orElse(start);
            years.addAll(calendar.yearsWithoutHolidays(start, last));
        }
        return years.isEmpty() ? List.of() : List.of(line(calendar, years, start));
    }

    private String line(WorkingCalendar calendar, SortedSet<Integer> years, LocalDate start) {
        return "warning: " + settings.files().calendars().resolve(calendar.id() + ".yaml") + ": calendar '"
                + calendar.id() + "' lists no holidays for "
                + years.stream().map(String::valueOf).collect(Collectors.joining(", "))
                + ", which a programme starting " + start
                + " reaches; give it a country (such as de-by) or add the dates";
    }
}
