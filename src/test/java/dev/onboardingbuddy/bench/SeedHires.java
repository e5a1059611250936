package dev.onboardingbuddy.bench;

import dev.onboardingbuddy.checklist.ChecklistTemplate;
import dev.onboardingbuddy.checklist.TemplateCatalog;
import dev.onboardingbuddy.checklist.TemplateId;
import dev.onboardingbuddy.config.Settings;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.HireRepository;
import dev.onboardingbuddy.holidays.PublicHolidaySources;
import dev.onboardingbuddy.persistence.Database;
import dev.onboardingbuddy.persistence.JdbiHireRepository;
import dev.onboardingbuddy.persistence.JdbiProgressRepository;
import dev.onboardingbuddy.progress.ItemPlans;
import dev.onboardingbuddy.progress.ItemState;
import dev.onboardingbuddy.progress.ProgressRepository;
import dev.onboardingbuddy.testing.Hires;
import dev.onboardingbuddy.timeline.CalendarCatalog;
import dev.onboardingbuddy.timeline.TimelinePlanner;
import dev.onboardingbuddy.timeline.WorkingCalendar;
import dev.onboardingbuddy.yaml.CalendarFiles;
import dev.onboardingbuddy.yaml.ChecklistFiles;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fills a database with hires the way enrolments would leave them, days or weeks into their programmes, with some
 * items done and some overdue: what the benchmark and the big-installation test run against. Writes through the
 * repositories, with completions set in bulk. {@code SeedHires COUNT [MANAGED_BY_U0MGR]}, settings from the
 * environment as {@code serve} reads them (DATABASE_URL, ...).
 */
public final class SeedHires {
    /** The manager whose {@code status} the benchmark asks for (see ../shared/bench-peers/loadtest.sh). */
    public static final String BENCH_MANAGER = "U0MGR";

    private SeedHires() {}

    public static void main(String[] args) {
        int count = Integer.parseInt(args[0]);
        int managedByBenchManager = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Settings settings = Settings.load(System.getenv());
        try (Database database = Database.open(
                settings.database().url(),
                settings.database().user(),
                settings.database().password().value(),
                2)) {
            TemplateCatalog templates = new ChecklistFiles()
                    .loadDirectory(settings.files().checklists())
                    .orElseThrow();
            CalendarCatalog calendars = new CalendarFiles(PublicHolidaySources.standard())
                    .loadDirectory(settings.files().calendars())
                    .orElseThrow();
            long started = System.nanoTime();
            seed(
                    database,
                    templates,
                    calendars.require(settings.plan().defaultCalendar()),
                    new TimelinePlanner(
                            settings.plan().sendTime(), settings.plan().reminders()),
                    Clock.systemUTC(),
                    count,
                    managedByBenchManager);
            System.out.printf("seeded %d hires in %d ms%n", count, (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** Hire {@code i} is Slack user {@code UH<i>}; the first {@code managedByBenchManager} report to U0MGR. */
    public static void seed(
            Database database,
            TemplateCatalog templates,
            WorkingCalendar calendar,
            TimelinePlanner planner,
            Clock clock,
            int count,
            int managedByBenchManager) {
        Random random = new Random(42);
        Instant now = clock.instant();
        for (Hire hire : seed(
                new JdbiHireRepository(database.jdbi()),
                new JdbiProgressRepository(database.jdbi()),
                templates,
                calendar,
                planner,
                clock,
                count,
                managedByBenchManager)) {
            // some done, the rest open (and overdue when past due): completions in bulk, not one transaction each
            database.jdbi()
                    .useHandle(handle -> handle.createUpdate("UPDATE item_states SET completed_at = :at,"
                                    + " completed_by = :by, completed_how = 'TEXT' WHERE hire_id = :hire AND item_number <= :upTo"
                                    + " AND released_at IS NOT NULL")
                            .bind("at", now)
                            .bind("by", hire.user().stored())
                            .bind("hire", hire.id().value())
                            .bind("upTo", random.nextInt(70))
                            .execute());
        }
    }

    /**
     * Enrols {@code count} hires through the repositories, started up to 90 days ago (some in ten days), each on one
     * of the templates in turn, in team {@code team<i % 20>}, with released items marked released.
     */
    public static List<Hire> seed(
            HireRepository hires,
            ProgressRepository progress,
            TemplateCatalog templates,
            WorkingCalendar calendar,
            TimelinePlanner planner,
            Clock clock,
            int count,
            int managedByBenchManager) {
        List<ChecklistTemplate> all = templates.ids().stream()
                .map(id -> templates.find(new TemplateId(id)).orElseThrow())
                .toList();
        Random random = new Random(7);
        Instant now = clock.instant();
        ZoneId zone = ZoneId.of("Europe/Berlin");
        List<Hire> seeded = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ChecklistTemplate template = all.get(i % all.size());
            LocalDate start = LocalDate.ofInstant(now, zone).minusDays(random.nextInt(100) - 10L);
            String manager = i < managedByBenchManager ? BENCH_MANAGER : "UM" + (i % 250);
            Hire hire = Hires.anActiveHire()
                    .user("UH" + i)
                    .managedBy(manager)
                    .on(template.id(), template.version())
                    .startingOn(start)
                    .in(zone)
                    .onCalendar(calendar.id())
                    .inTeam("team" + (i % 20))
                    .enrolledAt(now)
                    .build();
            hires.add(hire);
            List<ItemState> plan = ItemPlans.of(hire.id(), planner.plan(template, start, zone, calendar));
            progress.addPlan(plan);
            progress.markReleased(
                    hire.id(),
                    plan.stream()
                            .filter(item -> !item.releaseAt().isAfter(now))
                            .map(ItemState::itemKey)
                            .toList(),
                    now);
            seeded.add(hire);
        }
        return seeded;
    }
}
