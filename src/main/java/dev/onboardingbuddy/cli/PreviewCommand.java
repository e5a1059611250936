package dev.onboardingbuddy.cli;

import dev.onboardingbuddy.checklist.ChecklistTemplate;
import dev.onboardingbuddy.checklist.TemplateCatalog;
import dev.onboardingbuddy.config.Settings;
import dev.onboardingbuddy.timeline.CalendarCatalog;
import dev.onboardingbuddy.timeline.Timeline;
import dev.onboardingbuddy.timeline.TimelinePlanner;
import dev.onboardingbuddy.timeline.WorkingCalendar;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "preview",
        mixinStandardHelpOptions = true,
        description = "Print when each item would reach a hire and when the manager is reminded, sorted by time.")
final class PreviewCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--template",
            required = true,
            paramLabel = "ID",
            description = "checklist id, e.g. backend-engineer")
    String template;

    @Option(names = "--start", required = true, paramLabel = "YYYY-MM-DD", description = "the hire's first day")
    String start;

    @Option(
            names = "--tz",
            paramLabel = "ZONE",
            description = "the hire's time zone, e.g. Europe/Berlin " + "(default: ONBOARDING_DEFAULT_TIME_ZONE)")
    String zone;

    @Option(
            names = "--calendar",
            paramLabel = "ID",
            description = "working calendar id (default: " + "ONBOARDING_DEFAULT_CALENDAR)")
    String calendar;

    @Override
    public Integer call() {
        Settings settings = Settings.load(root.environment());
        ChecklistTemplate checklist = choose(() -> Catalogs.templates(settings).require(template));
        LocalDate startDate = date(start);
        ZoneId hireZone = zone == null ? settings.plan().defaultTimeZone() : zone(zone);
        CalendarCatalog calendars = Catalogs.calendars(settings);
        WorkingCalendar workingCalendar = choose(
                () -> calendars.require(calendar == null ? settings.plan().defaultCalendar() : calendar));
        Timeline timeline = new TimelinePlanner(
                        settings.plan().sendTime(), settings.plan().reminders())
                .plan(checklist, startDate, hireZone, workingCalendar);
        new PlanPrinter(spec.commandLine().getOut())
                .print(
                        checklist,
                        startDate,
                        hireZone,
                        workingCalendar,
                        timeline,
                        settings.plan().reminders());
        new CalendarGaps(settings, calendars, new TemplateCatalog(List.of(checklist)))
                .warnings(startDate, workingCalendar)
                .forEach(spec.commandLine().getErr()::println);
        return 0;
    }

    private static <T> T choose(Supplier<T> lookup) {
        try {
            return lookup.get();
        } catch (IllegalArgumentException e) {
            throw new UserInputError(e.getMessage());
        }
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UserInputError("'" + text + "' is not a date; write it as YYYY-MM-DD, such as 2026-12-07");
        }
    }

    static ZoneId zone(String text) {
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw new UserInputError("'" + text + "' is not a time zone; use a region id such as Europe/Berlin, "
                    + "America/Los_Angeles or Asia/Tokyo (see ZoneId.getAvailableZoneIds)");
        }
    }
}
