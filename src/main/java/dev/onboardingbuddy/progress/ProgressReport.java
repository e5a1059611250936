package dev.onboardingbuddy.progress;

import dev.onboardingbuddy.checklist.ItemKind;
import dev.onboardingbuddy.enrollment.AccessPolicy;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.EnrollmentRefused;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.HireRepository;
import dev.onboardingbuddy.enrollment.Refusal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Answers {@code /onboarding status}: who the caller may see, how each hire is doing, riskiest first. */
public final class ProgressReport {
  private final HireRepository hires;
  private final HireItemsLoader items;
  private final AccessPolicy access;
  private final Clock clock;

  public ProgressReport(HireRepository hires, HireItemsLoader items, AccessPolicy access, Clock clock) {
    this.hires = hires;
    this.items = items;
    this.access = access;
    this.clock = clock;
  }

  /** Admins see every open enrolment; others the hires they manage, those of the teams they lead and their own. */
  public List<HireProgress> visibleTo(ChatUserId caller) {
    Map<String, Hire> visible = new LinkedHashMap<>();
    List<Hire> candidates = access.isAdmin(caller) ? hires.findOpen() : hires.findOpenByManager(caller);
    candidates.forEach(hire -> visible.put(hire.id().value(), hire));
    if (!access.isAdmin(caller) && !access.teamsLedBy(caller).isEmpty()) {
      hires.findOpen().stream().filter(hire -> access.leads(caller, hire))
          .forEach(hire -> visible.put(hire.id().value(), hire));
    }
    hires.findOpenByUser(caller).ifPresent(hire -> visible.put(hire.id().value(), hire));
    return visible.values().stream().map(this::progressOf).sorted(HireProgress.RISK_FIRST).toList();
  }

  /**
   * One hire in detail.
   *
   * @throws EnrollmentRefused when the person is not enrolled or the caller may not see them; the message is the
   *     same in both cases so that a refusal tells nothing about the hire
   */
  public HireDetail detail(ChatUserId caller, ChatUserId user) {
    Hire hire = hires.findOpenByUser(user).filter(found -> access.maySee(caller, found))
        .orElseThrow(() -> new EnrollmentRefused(new Refusal.MayNotSee(user)));
    HireItems current = items.load(hire);
    Instant now = clock.instant();
    Map<String, List<HireItems.Entry>> bySection = new LinkedHashMap<>();
    current.hireEntries().forEach(entry -> bySection.computeIfAbsent(entry.section().title(), k -> new ArrayList<>())
        .add(entry));
    List<HireDetail.SectionProgress> sections = bySection.entrySet().stream()
        .map(section -> new HireDetail.SectionProgress(section.getKey(),
            (int) section.getValue().stream().filter(e -> e.state().isDone()).count(), section.getValue().size(),
            (int) section.getValue().stream().filter(e -> e.state().isOverdueAt(now)).count(),
            section.getValue().stream().allMatch(e -> e.state().isReleased())))
        .toList();
    return new HireDetail(progressOf(hire, current), sections);
  }

  HireProgress progressOf(Hire hire) {
    return progressOf(hire, items.load(hire));
  }

  private HireProgress progressOf(Hire hire, HireItems current) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, hire.zone());
    int day = (int) ChronoUnit.DAYS.between(hire.startDate(), today) + 1;
    List<HireItems.Entry> dueByNow = current.hireEntries().stream()
        .filter(entry -> !now.isBefore(entry.state().dueAt())).toList();
    double behind = dueByNow.isEmpty() ? 0
        : (double) dueByNow.stream().filter(entry -> !entry.state().isDone()).count() / dueByNow.size();
    return new HireProgress(hire, day, current.template().programmeDays(), current.tally(now), behind,
        nextMilestone(current, now, hire));
  }

  private Optional<HireProgress.Milestone> nextMilestone(HireItems current, Instant now, Hire hire) {
    Comparator<HireItems.Entry> byDue = Comparator.comparing(entry -> entry.state().dueAt());
    List<HireItems.Entry> open = current.entries().stream()
        .filter(entry -> !entry.state().isDone() && now.isBefore(entry.state().dueAt())).toList();
    Optional<HireItems.Entry> milestone = open.stream()
        .filter(entry -> entry.item().kind() == ItemKind.REVIEW || entry.item().kind() == ItemKind.RELATIONSHIP)
        .min(byDue)
        .or(() -> open.stream().min(byDue));
    return milestone.map(entry -> new HireProgress.Milestone(entry.title(),
        LocalDate.ofInstant(entry.state().dueAt().minusSeconds(1), hire.zone())));
  }
}
