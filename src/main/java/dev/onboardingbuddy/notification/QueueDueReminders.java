package dev.onboardingbuddy.notification;

import dev.onboardingbuddy.checklist.ChecklistTemplate;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.HireRepository;
import dev.onboardingbuddy.progress.HireItems;
import dev.onboardingbuddy.progress.HireItemsLoader;
import dev.onboardingbuddy.timeline.PlannedReminder;
import dev.onboardingbuddy.timeline.ReminderKind;
import dev.onboardingbuddy.timeline.ReminderStage;
import dev.onboardingbuddy.timeline.TimelinePlanner;
import dev.onboardingbuddy.timeline.WorkingCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Queues the manager reminders whose time has come: for each review or meeting of each active hire, the latest
 * occurrence (heads-up, due, overdue N) that is due, unless the review was held, the meeting met or the item done.
 * Earlier occurrences missed during downtime are not sent: one reminder per review, however late. Safe to run
 * twice: each occurrence has its own idempotency key.
 */
public final class QueueDueReminders {
  private final HireRepository hires;
  private final HireItemsLoader items;
  private final ReviewLog reviews;
  private final TimelinePlanner planner;
  private final ReminderRouting routing;
  private final ReminderMessages messages;
  private final Outbox outbox;
  private final Clock clock;

  public QueueDueReminders(HireRepository hires, HireItemsLoader items, ReviewLog reviews, TimelinePlanner planner,
      ReminderRouting routing, ReminderMessages messages, Outbox outbox, Clock clock) {
    this.hires = hires;
    this.items = items;
    this.reviews = reviews;
    this.planner = planner;
    this.routing = routing;
    this.messages = messages;
    this.outbox = outbox;
    this.clock = clock;
  }

  public int queueAll() {
    return PerHire.sum("queueing manager reminders", hires.findOpen(), this::queue);
  }

  public int queue(Hire hire) {
    if (!hire.isActive()) {
      return 0;
    }
    Instant now = clock.instant();
    HireItems current = items.load(hire);
    WorkingCalendar calendar = routing.calendarOf(hire);
    int queued = 0;
    for (PlannedReminder reminder : open(hire, current, calendar, now)) {
      String key = "reminder:" + hire.id() + ":" + reminder.occurrenceKey();
      int day = (int) ChronoUnit.DAYS.between(hire.startDate(), LocalDate.ofInstant(now, hire.zone())) + 1;
      ChatMessage message = messages.managerReminder(hire, reminder, current.tally(now), day,
          routing.staffingGap(hire, reminder));
      Instant notBefore = routing.quietHours().nextAllowed(now, hire.zone(), calendar);
      if (outbox.enqueue(new OutboundMessage(key, routing.managerChannel(hire), message, notBefore,
          java.util.Optional.of(hire.id())), now)) {
        queued++;
      }
    }
    return queued;
  }

  /** Reviews and meetings of active hires that are due now (heads-up or due day) or overdue, for metrics. */
  public OpenReminders openReminders() {
    Instant now = clock.instant();
    int due = 0;
    int overdue = 0;
    for (Hire hire : hires.findOpen().stream().filter(Hire::isActive).toList()) {
      for (PlannedReminder reminder : open(hire, items.load(hire), routing.calendarOf(hire), now)) {
        if (reminder.stage() == ReminderStage.OVERDUE) {
          overdue++;
        } else {
          due++;
        }
      }
    }
    return new OpenReminders(due, overdue);
  }

  public record OpenReminders(int due, int overdue) {}

  /** The latest occurrence reached so far of each review or meeting that is not settled. */
  private List<PlannedReminder> open(Hire hire, HireItems current, WorkingCalendar calendar, Instant now) {
    ChecklistTemplate template = current.template();
    List<PlannedReminder> planned = planner.plan(template, hire.startDate(), hire.zone(), calendar).reminders();
    Map<String, PlannedReminder> latest = new LinkedHashMap<>();
    planned.stream().filter(reminder -> !reminder.at().isAfter(now))
        .sorted(Comparator.comparing(PlannedReminder::at))
        .forEach(reminder -> latest.put(reminder.item().key().value() + ":" + reminder.kind(), reminder));
    return latest.values().stream().filter(reminder -> !settled(hire, current, reminder)).toList();
  }

  /** A review or meeting needs no more reminders once recorded as held or met, or once its item is done. */
  private boolean settled(Hire hire, HireItems current, PlannedReminder reminder) {
    if (reviews.find(hire.id(), reminder.item().key(), reminder.kind()).isPresent()) {
      return true;
    }
    boolean itemIsTheMeetingOrReview = reminder.kind() == ReminderKind.MEETING || reminder.item().isReview();
    Optional<HireItems.Entry> entry = current.entries().stream()
        .filter(e -> e.item().key().equals(reminder.item().key())).findFirst();
    return itemIsTheMeetingOrReview && entry.map(e -> e.state().isDone()).orElse(true);
  }
}
