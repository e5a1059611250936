package dev.onboardingbuddy.progress;

import dev.onboardingbuddy.checklist.ItemKind;
import dev.onboardingbuddy.enrollment.AccessPolicy;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.EnrollmentRefused;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.enrollment.HireRepository;
import dev.onboardingbuddy.enrollment.HireStatus;
import dev.onboardingbuddy.enrollment.Refusal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers {@code /onboarding status}: who the caller may see, how each hire is doing, riskiest first. Reads stored
 * item states only; it never plans a hire's timeline anew, so an answer costs a few queries. Thread-safe.
 */
public final class ProgressReport {
    private final HireRepository hires;
    private final HireItemsLoader items;
    private final AccessPolicy access;
    private final StatusSnapshots snapshots;
    private final Clock clock;

    public ProgressReport(
            HireRepository hires, HireItemsLoader items, AccessPolicy access, StatusSnapshots snapshots, Clock clock) {
        this.hires = hires;
        this.items = items;
        this.access = access;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    /** At most this many hires are listed one per line; more are summarised (a chat message has limits). */
    public static final int LINES = 20;

    /** Riskier first as {@link HireProgress#RISK_FIRST}, from counts alone. */
    private static final Comparator<ItemCounts> RISK_FIRST = Comparator.comparingInt(ItemCounts::overdue)
            .reversed()
            .thenComparing(Comparator.comparingDouble(ItemCounts::behind).reversed())
            .thenComparingInt(ItemCounts::done);

    /** Every hire the caller may see, riskiest first; {@link #overview} is the answer for installations of any size. */
    public List<HireProgress> visibleTo(ChatUserId caller) {
        List<Hire> visible = visibleHires(caller);
        Map<HireId, HireItems> loaded = items.load(visible);
        return visible.stream()
                .map(hire -> progressOf(hire, loaded.get(hire.id())))
                .sorted(HireProgress.RISK_FIRST)
                .toList();
    }

    /**
     * The hires the caller may see that match the filter: totals, and the {@link #LINES} riskiest line by line. Reads
     * the hires, then either the items of a few hires or the counts of many (one query per template and few hundred
     * hires), then the items of the riskiest: a handful of queries whatever the installation's size, and nothing is
     * planned anew. Asked again within moments, the answer comes from {@link StatusSnapshots} without a query.
     */
    public StatusOverview overview(ChatUserId caller, StatusFilter filter) {
        return snapshots.overview(
                caller,
                filter,
                () -> ranked(
                        visibleHires(caller).stream().filter(filter::admits).toList(), filter));
    }

    /**
     * What {@link #overview} would answer, if a fresh snapshot holds it: no query, so it may be asked where waiting for
     * the database is not allowed (Slack's acknowledgement on the request thread).
     */
    public Optional<StatusOverview> freshOverview(ChatUserId caller, StatusFilter filter) {
        return snapshots.fresh(caller, filter);
    }

    /**
     * The same summary over hires the caller has already decided may be shown, such as a manager's own hires on their
     * home: no access check here.
     */
    public StatusOverview overviewOf(List<Hire> hires) {
        return ranked(hires, StatusFilter.NONE);
    }

    private StatusOverview ranked(List<Hire> visible, StatusFilter filter) {
        Instant now = clock.instant();
        if (visible.size() <= LINES) {
            Map<HireId, HireItems> loaded = items.load(visible);
            List<HireProgress> all = visible.stream()
                    .map(hire -> progressOf(hire, loaded.get(hire.id())))
                    .filter(progress ->
                            !filter.overdueOnly() || progress.tally().overdue() > 0)
                    .sorted(HireProgress.RISK_FIRST)
                    .toList();
            return new StatusOverview(
                    all.size(),
                    (int) all.stream().filter(p -> p.tally().overdue() > 0).count(),
                    all.stream().mapToInt(p -> p.tally().overdue()).sum(),
                    (int) all.stream()
                            .filter(p -> p.hire().status() == HireStatus.PAUSED)
                            .count(),
                    all);
        }
        Map<HireId, ItemCounts> counts = items.counts(visible, now);
        List<Hire> ranked = visible.stream()
                .filter(hire -> !filter.overdueOnly() || counts.get(hire.id()).overdue() > 0)
                .sorted(Comparator.comparing(hire -> counts.get(hire.id()), RISK_FIRST))
                .toList();
        List<Hire> shown = ranked.subList(0, Math.min(LINES, ranked.size()));
        Map<HireId, HireItems> loaded = items.load(shown);
        List<HireProgress> riskiest = shown.stream()
                .map(hire -> progressOf(hire, loaded.get(hire.id())))
                .sorted(HireProgress.RISK_FIRST)
                .toList();
        return new StatusOverview(
                ranked.size(),
                (int) ranked.stream()
                        .filter(hire -> counts.get(hire.id()).overdue() > 0)
                        .count(),
                ranked.stream()
                        .mapToInt(hire -> counts.get(hire.id()).overdue())
                        .sum(),
                (int) ranked.stream()
                        .filter(hire -> hire.status() == HireStatus.PAUSED)
                        .count(),
                riskiest);
    }

    /** Admins see every open enrolment; others the hires they manage, those of the teams they lead and their own. */
    private List<Hire> visibleHires(ChatUserId caller) {
        Map<String, Hire> visible = new LinkedHashMap<>();
        boolean admin = access.isAdmin(caller);
        List<Hire> candidates = admin ? hires.findOpen() : hires.findOpenByManager(caller);
        candidates.forEach(hire -> visible.put(hire.id().value(), hire));
        if (!admin && !access.teamsLedBy(caller).isEmpty()) {
            hires.findOpen().stream()
                    .filter(hire -> access.leads(caller, hire))
                    .forEach(hire -> visible.put(hire.id().value(), hire));
        }
        if (!admin) {
            hires.findOpenByUser(caller).ifPresent(hire -> visible.put(hire.id().value(), hire));
        }
        return List.copyOf(visible.values());
    }

    /**
     * One hire in detail.
     *
     * @throws EnrollmentRefused when the person is not enrolled or the caller may not see them; the message is the
     *     same in both cases so that a refusal tells nothing about the hire
     */
    public HireDetail detail(ChatUserId caller, ChatUserId user) {
        Hire hire = hires.findOpenByUser(user)
                .filter(found -> access.maySee(caller, found))
                .orElseThrow(() -> new EnrollmentRefused(new Refusal.MayNotSee(user)));
        HireItems current = items.load(hire);
        Instant now = clock.instant();
        Map<String, List<HireItems.Entry>> bySection = new LinkedHashMap<>();
        current.hireEntries()
                .forEach(entry -> bySection
                        .computeIfAbsent(entry.section().title(), k -> new ArrayList<>())
                        .add(entry));
        List<HireDetail.SectionProgress> sections = bySection.entrySet().stream()
                .map(section -> new HireDetail.SectionProgress(
                        section.getKey(),
                        (int) section.getValue().stream()
                                .filter(e -> e.state().isDone())
                                .count(),
                        section.getValue().size(),
                        (int) section.getValue().stream()
                                .filter(e -> e.state().isOverdueAt(now))
                                .count(),
                        section.getValue().stream().allMatch(e -> e.state().isReleased())))
                .toList();
        return new HireDetail(progressOf(hire, current), sections);
    }

    /** How one hire is doing, from items already loaded; for views that show the hire beside their items. */
    public HireProgress progressOf(Hire hire, HireItems current) {
        Instant now = clock.instant();
        int day = hire.dayOfProgramme(now);
        List<HireItems.Entry> dueByNow = current.hireEntries().stream()
                .filter(entry -> !now.isBefore(entry.state().dueAt()))
                .toList();
        double behind = dueByNow.isEmpty()
                ? 0
                : (double) dueByNow.stream()
                                .filter(entry -> !entry.state().isDone())
                                .count()
                        / dueByNow.size();
        return new HireProgress(
                hire,
                day,
                current.template().programmeDays(),
                current.tally(now),
                behind,
                nextMilestone(current, now, hire));
    }

    private Optional<HireProgress.Milestone> nextMilestone(HireItems current, Instant now, Hire hire) {
        Comparator<HireItems.Entry> byDue =
                Comparator.comparing(entry -> entry.state().dueAt());
        List<HireItems.Entry> open = current.entries().stream()
                .filter(entry ->
                        !entry.state().isDone() && now.isBefore(entry.state().dueAt()))
                .toList();
        Optional<HireItems.Entry> milestone = open.stream()
                .filter(entry ->
                        entry.item().kind() == ItemKind.REVIEW || entry.item().kind() == ItemKind.RELATIONSHIP)
                .min(byDue)
                .or(() -> open.stream().min(byDue));
        return milestone.map(
                entry -> new HireProgress.Milestone(entry.title(), entry.state().dueDay(hire.zone())));
    }
}
