package dev.onboardingbuddy.home;

import dev.onboardingbuddy.enrollment.AccessPolicy;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.enrollment.HireRepository;
import dev.onboardingbuddy.notification.Outbox;
import dev.onboardingbuddy.progress.HireItems;
import dev.onboardingbuddy.progress.HireItemsLoader;
import dev.onboardingbuddy.progress.HireProgress;
import dev.onboardingbuddy.progress.ProgressReport;
import dev.onboardingbuddy.progress.StatusOverview;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Works out what a person's home shows, from who they are: a hire sees their own checklist, a manager their hires, a
 * team lead the hires of their teams, an admin everyone and the failed sends; a person with several roles sees each
 * part. Reads only, with the same few queries as {@code status} whatever the installation's size. Thread-safe.
 */
public final class BuildHome {
    /** Admins see the sends that failed this long back: recent enough to act on, long enough to span a weekend. */
    static final Duration FAILURES_WINDOW = Duration.ofDays(7);

    static final int FAILURES_LISTED = 5;

    private final HireRepository hires;
    private final HireItemsLoader items;
    private final ProgressReport report;
    private final AccessPolicy access;
    private final Outbox outbox;
    private final Clock clock;

    public BuildHome(
            HireRepository hires,
            HireItemsLoader items,
            ProgressReport report,
            AccessPolicy access,
            Outbox outbox,
            Clock clock) {
        this.hires = hires;
        this.items = items;
        this.report = report;
        this.access = access;
        this.outbox = outbox;
        this.clock = clock;
    }

    public HomeView of(ChatUserId viewer) {
        Instant now = clock.instant();
        Optional<OwnChecklist> checklist = hires.findOpenByUser(viewer).map(hire -> checklist(hire, now));
        List<Hire> managed = hires.findOpenByManager(viewer);
        List<Hire> led = access.teamsLedBy(viewer).isEmpty()
                ? List.of()
                : hires.findOpen().stream()
                        .filter(hire ->
                                access.leads(viewer, hire) && !hire.manager().equals(viewer))
                        .toList();
        Optional<AdminOverview> admin = access.isAdmin(viewer) ? Optional.of(admin(now)) : Optional.empty();
        return new HomeView(viewer, checklist, overview(managed, now), overview(led, now), admin);
    }

    private OwnChecklist checklist(Hire hire, Instant now) {
        HireItems current = items.load(hire);
        HireProgress progress = report.progressOf(hire, current);
        List<OpenItem> overdue = current.hireEntries().stream()
                .filter(entry -> entry.state().isOverdueAt(now))
                .sorted(Comparator.comparing(entry -> entry.state().dueAt()))
                .map(entry -> openItem(hire, entry, now))
                .toList();
        Map<String, List<HireItems.Entry>> bySection = new LinkedHashMap<>();
        current.hireEntries()
                .forEach(entry -> bySection
                        .computeIfAbsent(entry.section().id(), id -> new ArrayList<>())
                        .add(entry));
        List<OwnChecklist.SectionProgress> sections = bySection.values().stream()
                .map(entries -> new OwnChecklist.SectionProgress(
                        entries.get(0).section().title(),
                        (int) entries.stream()
                                .filter(entry -> entry.state().isDone())
                                .count(),
                        entries.size(),
                        entries.stream().allMatch(entry -> entry.state().isReleased()),
                        entries.stream()
                                .filter(entry -> entry.state().isReleased()
                                        && !entry.state().isDone()
                                        && !entry.state().isOverdueAt(now))
                                .map(entry -> openItem(hire, entry, now))
                                .toList()))
                .toList();
        return new OwnChecklist(progress, overdue, sections);
    }

    private Optional<HiresOverview> overview(List<Hire> those, Instant now) {
        if (those.isEmpty()) {
            return Optional.empty();
        }
        StatusOverview overview = report.overviewOf(those);
        Map<HireId, HireItems> loaded =
                items.load(overview.riskiest().stream().map(HireProgress::hire).toList());
        List<HiresOverview.HireLine> lines = overview.riskiest().stream()
                .map(progress -> new HiresOverview.HireLine(
                        progress,
                        dueThisWeek(progress.hire(), loaded.get(progress.hire().id()), now)))
                .toList();
        return Optional.of(new HiresOverview(overview.hires(), overview.withOverdue(), lines));
    }

    /** Everything open and due before next Monday in the hire's zone, the manager's items too: they act on them. */
    private static List<OpenItem> dueThisWeek(Hire hire, HireItems current, Instant now) {
        Instant weekEnds = LocalDate.ofInstant(now, hire.zone())
                .with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                .atStartOfDay(hire.zone())
                .toInstant();
        return current.entries().stream()
                .filter(entry ->
                        !entry.state().isDone() && !entry.state().dueAt().isAfter(weekEnds))
                .sorted(Comparator.comparing(entry -> entry.state().dueAt()))
                .map(entry -> openItem(hire, entry, now))
                .toList();
    }

    private AdminOverview admin(Instant now) {
        Instant since = now.minus(FAILURES_WINDOW);
        return new AdminOverview(
                report.overviewOf(hires.findOpen()),
                since,
                outbox.countFailedSince(since),
                outbox.failedSince(since, FAILURES_LISTED));
    }

    private static OpenItem openItem(Hire hire, HireItems.Entry entry, Instant now) {
        return new OpenItem(
                hire.id(),
                entry.item().key(),
                entry.state().number(),
                entry.title(),
                entry.state().dueDay(hire.zone()),
                entry.state().isOverdueAt(now),
                !entry.forHire());
    }
}
