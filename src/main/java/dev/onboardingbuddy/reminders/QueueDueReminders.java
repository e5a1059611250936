package dev.onboardingbuddy.reminders;

import dev.onboardingbuddy.checklist.ChecklistTemplate;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.HireRepository;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.OutboundMessage;
import dev.onboardingbuddy.notification.Outbox;
import dev.onboardingbuddy.progress.HireItems;
import dev.onboardingbuddy.progress.HireItemsLoader;
import dev.onboardingbuddy.timeline.PlannedReminder;
import dev.onboardingbuddy.timeline.QuietHours;
import dev.onboardingbuddy.timeline.ReminderKind;
import dev.onboardingbuddy.timeline.ReminderStage;
import dev.onboardingbuddy.timeline.TimelinePlanner;
import dev.onboardingbuddy.timeline.WorkingCalendar;
import dev.onboardingbuddy.transactions.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Queues the manager reminders whose time has come, as one post per hire per day in the managers' channel, written at
 * the send time of the manager's own day (a working day of the hire's calendar, inside quiet hours): for each
 * review or meeting of each active hire, the latest occurrence (heads-up, due, overdue N) reached so far, unless the
 * review was held, the meeting met, the item done, or that occurrence was listed in an earlier post. Occurrences fall
 * due at the send time of their day in the manager's own zone, on working days of the hire's calendar, and the post
 * waits for the manager's working hours. Earlier occurrences missed during downtime are not sent: one line per review,
 * however late. Safe to run twice: the post and the ledger of what it lists are written in one transaction, and the
 * post's key names the hire and the manager's local date.
 */
public final class QueueDueReminders {
    private final HireRepository hires;
    private final HireItemsLoader items;
    private final ReviewLog reviews;
    private final TimelinePlanner planner;
    private final ReminderRouting routing;
    private final SendWindow window;
    private final ReminderMessages messages;
    private final Outbox outbox;
    private final ReminderLedger ledger;
    private final Transactions transactions;
    private final ReminderLookahead lookahead;
    private final Clock clock;

    public QueueDueReminders(
            HireRepository hires,
            HireItemsLoader items,
            ReviewLog reviews,
            TimelinePlanner planner,
            ReminderRouting routing,
            SendWindow window,
            ReminderMessages messages,
            Outbox outbox,
            ReminderLedger ledger,
            Transactions transactions,
            ReminderLookahead lookahead,
            Clock clock) {
        this.hires = hires;
        this.items = items;
        this.reviews = reviews;
        this.planner = planner;
        this.routing = routing;
        this.window = window;
        this.messages = messages;
        this.outbox = outbox;
        this.ledger = ledger;
        this.transactions = transactions;
        this.lookahead = lookahead;
        this.clock = clock;
    }

    /**
     * Queues what is due for every open hire, skipping those for whom nothing can have fallen due since the last run
     * looked (see {@link ReminderLookahead}).
     */
    public int queueAll() {
        List<Hire> open = hires.findOpen();
        lookahead.keepOnly(open);
        return PerHire.sum("queueing manager reminders", open, this::queueUnlessQuiet);
    }

    private int queueUnlessQuiet(Hire hire) {
        return queue(hire, true);
    }

    /** @return 1 when a post was queued for the hire, else 0 */
    public int queue(Hire hire) {
        return queue(hire, false);
    }

    /**
     * @param lookAhead skip the hire while nothing can be due, and remember until when after looking: only for the
     *     scheduled run, never inside another transaction, since what is remembered must have committed
     */
    private int queue(Hire hire, boolean lookAhead) {
        if (!hire.isActive()) {
            return 0;
        }
        // the manager's profile may be asked remotely: before the transaction, not while it holds a connection
        ZoneId managerZone = window.zoneOf(hire.manager(), hire);
        Instant now = clock.instant();
        if ((lookAhead && lookahead.isQuiet(hire, managerZone, now)) || !managersSendTime(hire, managerZone, now)) {
            return 0;
        }
        long changesSeen = lookahead.changesOf(hire.id());
        Looked looked = transactions.inTransaction(() -> queueNow(hire, managerZone, now));
        if (lookAhead) {
            lookahead.quietUntil(hire, managerZone, now, looked.nextOccurrence(), changesSeen);
        }
        return looked.queued();
    }

    /** @param nextOccurrence when the next review or meeting occurrence falls due ({@link Instant#MAX} if none) */
    private record Looked(int queued, Instant nextOccurrence) {}

    /**
     * Whether the manager's day has reached its send time, on a working day inside their quiet hours. The post is
     * written only then, so that it lists everything the day brings (every occurrence falls due at the send time) and a
     * catch-up in the manager's night waits for their morning instead of being followed by a second post.
     */
    private boolean managersSendTime(Hire hire, ZoneId managerZone, Instant now) {
        QuietHours quiet = window.quietHours();
        LocalTime from = planner.sendTime().isBefore(quiet.end()) ? planner.sendTime() : quiet.start();
        return window.isOpen(now, hire.manager(), hire)
                && !LocalTime.ofInstant(now, managerZone).isBefore(from);
    }

    private Looked queueNow(Hire hire, ZoneId managerZone, Instant now) {
        List<PlannedReminder> planned = planned(hire, items.template(hire), window.calendarOf(hire), managerZone);
        Instant next = planned.stream()
                .map(PlannedReminder::at)
                .filter(at -> at.isAfter(now))
                .min(Comparator.naturalOrder())
                .orElse(Instant.MAX);
        if (planned.stream().allMatch(reminder -> reminder.at().isAfter(now))) {
            // most enrolments come before their first review or meeting: their items and ledger need no reading (in a
            // burst of enrolments, that reading was a tenth of each one's work)
            return new Looked(0, next);
        }
        HireItems current = items.load(hire);
        Set<String> posted = ledger.posted(hire.id());
        List<PlannedReminder> fresh = open(hire, current, planned, now).stream()
                .filter(reminder -> !posted.contains(reminder.occurrenceKey()))
                .toList();
        if (fresh.isEmpty()) {
            return new Looked(0, next);
        }
        int day = hire.dayOfProgramme(now);
        List<ReminderMessages.Listed> listed = fresh.stream()
                .map(reminder -> new ReminderMessages.Listed(
                        reminder, overdueCount(reminder, posted), messages.staffingGap(hire, reminder, routing)))
                .toList();
        boolean enrolledLate = posted.isEmpty()
                && day > 1
                && LocalDate.ofInstant(hire.enrolledAt(), hire.zone()).isAfter(hire.startDate());
        // the channel post @-mentions the manager, so it goes out in the manager's working hours, not the hire's
        Instant notBefore = window.notBefore(now, hire.manager(), hire);
        LocalDate postDay = LocalDate.ofInstant(notBefore, managerZone);
        String key = postKey(hire, postDay);
        ChatMessage message = messages.dailyPost(hire, listed, current.tally(now), day, enrolledLate, postDay);
        outbox.enqueue(
                new OutboundMessage(key, routing.managerChannel(hire), message, notBefore, Optional.of(hire.id())),
                now);
        ledger.record(
                hire.id(), fresh.stream().map(PlannedReminder::occurrenceKey).toList(), key, now);
        return new Looked(1, next);
    }

    private static final String POST_PREFIX = "reminders:";

    /** {@code reminders:<hire>:<date>}; a second batch on the same day (after a resume, say) gets its own number. */
    private String postKey(Hire hire, LocalDate today) {
        String key = POST_PREFIX + hire.id() + ":" + today;
        for (int batch = 2; outbox.find(key).isPresent(); batch++) {
            key = POST_PREFIX + hire.id() + ":" + today + ":" + batch;
        }
        return key;
    }

    /** Whether an outbox key is that of a managers' daily post (see {@link #postKey}). */
    public static boolean isDailyPost(String idempotencyKey) {
        return idempotencyKey.startsWith(POST_PREFIX);
    }

    /** For an overdue occurrence: how many overdue reminders of this review the manager got, this one included. */
    private static int overdueCount(PlannedReminder reminder, Set<String> posted) {
        if (reminder.stage() != ReminderStage.OVERDUE) {
            return 0;
        }
        return 1
                + (int) posted.stream()
                        .filter(key -> key.startsWith(reminder.overduePrefix()))
                        .count();
    }

    /** Reviews and meetings of active hires that are due now (heads-up or due day) or overdue, for metrics. */
    public OpenReminders openReminders() {
        Instant now = clock.instant();
        int due = 0;
        int overdue = 0;
        for (Hire hire : hires.findOpen().stream().filter(Hire::isActive).toList()) {
            HireItems current = items.load(hire);
            List<PlannedReminder> planned =
                    planned(hire, current.template(), window.calendarOf(hire), window.zoneOf(hire.manager(), hire));
            for (PlannedReminder reminder : open(hire, current, planned, now)) {
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

    /** Every occurrence of the hire's reviews and meetings: on the hire's dates, at the send time of the manager's. */
    private List<PlannedReminder> planned(
            Hire hire, ChecklistTemplate template, WorkingCalendar calendar, ZoneId managerZone) {
        return planner.plan(template, hire.startDate(), managerZone, calendar).reminders();
    }

    /** The latest occurrence reached so far of each review or meeting that is not settled. */
    private List<PlannedReminder> open(Hire hire, HireItems current, List<PlannedReminder> planned, Instant now) {
        Map<String, PlannedReminder> latest = new LinkedHashMap<>();
        planned.stream()
                .filter(reminder -> !reminder.at().isAfter(now))
                .sorted(Comparator.comparing(PlannedReminder::at))
                .forEach(reminder -> latest.put(reminder.item().key().value() + ":" + reminder.kind(), reminder));
        return latest.values().stream()
                .filter(reminder -> !settled(hire, current, reminder))
                .toList();
    }

    /** A review or meeting needs no more reminders once recorded as held or met, or once its item is done. */
    private boolean settled(Hire hire, HireItems current, PlannedReminder reminder) {
        if (reviews.find(hire.id(), reminder.item().key(), reminder.kind()).isPresent()) {
            return true;
        }
        boolean itemIsTheMeetingOrReview =
                reminder.kind() == ReminderKind.MEETING || reminder.item().isReview();
        Optional<HireItems.Entry> entry = current.entries().stream()
                .filter(e -> e.item().key().equals(reminder.item().key()))
                .findFirst();
        return itemIsTheMeetingOrReview && entry.map(e -> e.state().isDone()).orElse(true);
    }
}
