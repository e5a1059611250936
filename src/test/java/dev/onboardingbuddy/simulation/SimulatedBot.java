package dev.onboardingbuddy.simulation;

import dev.onboardingbuddy.checklist.ItemKey;
import dev.onboardingbuddy.checklist.TemplateCatalog;
import dev.onboardingbuddy.enrollment.AccessPolicy;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.EnrollmentDefaults;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.HireRepository;
import dev.onboardingbuddy.enrollment.Platform;
import dev.onboardingbuddy.enrollment.TeamDirectory;
import dev.onboardingbuddy.notification.DispatchOutbox;
import dev.onboardingbuddy.notification.Outbox;
import dev.onboardingbuddy.notification.RetryPolicy;
import dev.onboardingbuddy.programme.EnrollNewHire;
import dev.onboardingbuddy.programme.EnrollmentRequest;
import dev.onboardingbuddy.progress.HireItemsLoader;
import dev.onboardingbuddy.progress.ProgressRepository;
import dev.onboardingbuddy.reminders.ChecklistMessages;
import dev.onboardingbuddy.reminders.QueueDueReminders;
import dev.onboardingbuddy.reminders.RecipientZones;
import dev.onboardingbuddy.reminders.RecordMeetings;
import dev.onboardingbuddy.reminders.ReleaseDueItems;
import dev.onboardingbuddy.reminders.ReminderLedger;
import dev.onboardingbuddy.reminders.ReminderLookahead;
import dev.onboardingbuddy.reminders.ReminderMessages;
import dev.onboardingbuddy.reminders.ReminderRouting;
import dev.onboardingbuddy.reminders.ReviewLog;
import dev.onboardingbuddy.reminders.SendWindow;
import dev.onboardingbuddy.testing.AccessPolicies;
import dev.onboardingbuddy.testing.InMemoryAuditTrail;
import dev.onboardingbuddy.testing.MutableClock;
import dev.onboardingbuddy.testing.RealConfig;
import dev.onboardingbuddy.timeline.CalendarCatalog;
import dev.onboardingbuddy.timeline.QuietHours;
import dev.onboardingbuddy.timeline.ReminderPolicy;
import dev.onboardingbuddy.timeline.TimelinePlanner;
import dev.onboardingbuddy.transactions.Transactions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One bot "process": the core use cases wired by hand on the given ports, with the shipped configuration, sending
 * through a recording gateway. What the jobs and the dispatcher would do every minute, {@link #tick()} does at once.
 */
final class SimulatedBot {
    static final String MANAGER = "UMGR";
    static final String ADMIN = "UADMIN";
    static final String DEFAULT_CHANNEL = "C0MANAGERS";
    static final TimelinePlanner PLANNER = new TimelinePlanner(LocalTime.of(9, 0), ReminderPolicy.DEFAULT);
    static final TemplateCatalog TEMPLATES = RealConfig.templates();
    static final CalendarCatalog CALENDARS = RealConfig.calendars();

    /** The storage a process works on; the same ports given to a new bot are a restart. */
    record Ports(
            HireRepository hires,
            ProgressRepository progress,
            Outbox outbox,
            ReviewLog reviews,
            Transactions transactions,
            ReminderLedger ledger) {}

    private final MutableClock clock;
    private final EnrollNewHire enroll;
    private final ReleaseDueItems release;
    private final QueueDueReminders reminders;
    private final RecordMeetings meetings;
    private final DispatchOutbox dispatcher;
    private final HireRepository hires;
    private final ReminderLedger ledger;

    SimulatedBot(Ports ports, TeamDirectory teams, MutableClock clock, RecordingChatGateway gateway, String node) {
        this.clock = clock;
        this.hires = ports.hires();
        this.ledger = ports.ledger();
        AccessPolicy access = AccessPolicies.adminsOnly(Set.of(ChatUserId.slack(ADMIN)));
        HireItemsLoader items = new HireItemsLoader(TEMPLATES, ports.progress());
        ReminderRouting routing = new ReminderRouting(teams, Map.of(Platform.SLACK, DEFAULT_CHANNEL));
        SendWindow window = new SendWindow(
                new QuietHours(LocalTime.of(8, 0), LocalTime.of(18, 0)), CALENDARS, RecipientZones.none());
        ReminderMessages reminderMessages = new ReminderMessages(ReminderPolicy.DEFAULT);
        this.enroll = new EnrollNewHire(
                TEMPLATES,
                CALENDARS,
                PLANNER,
                ports.hires(),
                ports.progress(),
                ports.transactions(),
                access,
                new EnrollmentDefaults("backend-engineer", "default"),
                teams,
                new InMemoryAuditTrail(),
                clock);
        this.release = new ReleaseDueItems(
                ports.hires(),
                items,
                ports.progress(),
                ports.outbox(),
                ports.transactions(),
                new ChecklistMessages(),
                routing,
                window,
                reminderMessages,
                clock);
        this.reminders = new QueueDueReminders(
                ports.hires(),
                items,
                ports.reviews(),
                PLANNER,
                routing,
                window,
                reminderMessages,
                ports.outbox(),
                ports.ledger(),
                ports.transactions(),
                new ReminderLookahead(),
                clock);
        this.meetings = new RecordMeetings(
                items, ports.progress(), ports.reviews(), routing, access, ports.transactions(), clock);
        this.dispatcher = new DispatchOutbox(
                ports.outbox(),
                gateway,
                (entry, error) -> {
                    throw new AssertionError("delivery failed: " + error);
                },
                RetryPolicy.DEFAULT,
                clock,
                () -> 0.5,
                node);
    }

    Hire enroll(String user, ZoneId zone, String calendar, Optional<String> team, LocalDate start) {
        return enroll.enroll(new EnrollmentRequest(
                ChatUserId.slack(ADMIN),
                ChatUserId.slack(user),
                ChatUserId.slack(MANAGER),
                zone,
                Optional.of("backend-engineer"),
                Optional.of(start),
                Optional.empty(),
                Optional.of(calendar),
                team,
                Optional.empty()));
    }

    /** What the recurring jobs and the dispatcher do at this instant. */
    void tick() {
        release.releaseAll();
        reminders.queueAll();
        while (dispatcher.dispatch(50) > 0) {
            // until nothing due is left
        }
    }

    /** Ticks at every step up to and including {@code end}, starting one step after the clock's instant. */
    void runUntil(Instant end, Duration step) {
        while (clock.instant().plus(step).compareTo(end) <= 0) {
            clock.advance(step);
            tick();
        }
    }

    /** The reminder occurrences the manager was sent about the hire, as {@code item:kind:due:stage} keys. */
    Set<String> remindedOf(Hire hire) {
        return ledger.posted(hire.id());
    }

    boolean reviewHeld(Hire hire, String item, String notes) {
        return meetings.reviewHeld(current(hire), new ItemKey(item), ChatUserId.slack(MANAGER), notes);
    }

    boolean meetingMet(Hire hire, String item, String by) {
        return meetings.meetingMet(current(hire), new ItemKey(item), ChatUserId.slack(by));
    }

    private Hire current(Hire hire) {
        return hires.find(hire.id()).orElseThrow();
    }
}
