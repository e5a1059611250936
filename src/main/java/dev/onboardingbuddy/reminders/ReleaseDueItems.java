package dev.onboardingbuddy.reminders;

import dev.onboardingbuddy.checklist.Section;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.enrollment.HireRepository;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.OutboundMessage;
import dev.onboardingbuddy.notification.Outbox;
import dev.onboardingbuddy.notification.Priority;
import dev.onboardingbuddy.notification.Recipient;
import dev.onboardingbuddy.notification.ReleaseKey;
import dev.onboardingbuddy.progress.HireItems;
import dev.onboardingbuddy.progress.HireItemsLoader;
import dev.onboardingbuddy.progress.ProgressRepository;
import dev.onboardingbuddy.transactions.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sends each hire the items whose release time has come: one message per section, however many items and however
 * late (a start date in the past catches up in one message per section, not a flood). Safe to run twice: items are
 * marked released in the same transaction that queues their message, under a key naming hire, section and first item.
 */
public final class ReleaseDueItems {
    private final HireRepository hires;
    private final HireItemsLoader items;
    private final ProgressRepository progress;
    private final Outbox outbox;
    private final Transactions transactions;
    private final ChecklistMessages messages;
    private final ReminderRouting routing;
    private final SendWindow window;
    private final ReminderMessages introductions;
    private final Clock clock;

    public ReleaseDueItems(
            HireRepository hires,
            HireItemsLoader items,
            ProgressRepository progress,
            Outbox outbox,
            Transactions transactions,
            ChecklistMessages messages,
            ReminderRouting routing,
            SendWindow window,
            ReminderMessages introductions,
            Clock clock) {
        this.hires = hires;
        this.items = items;
        this.progress = progress;
        this.outbox = outbox;
        this.transactions = transactions;
        this.messages = messages;
        this.routing = routing;
        this.window = window;
        this.introductions = introductions;
        this.clock = clock;
    }

    /**
     * Releases due items of every active hire; returns how many messages were queued. Only the hires with an item due
     * are read (one query finds them): with thousands of hires a minute rarely brings more than a few releases, and
     * loading every hire's items every minute cost seconds of a core.
     */
    public int releaseAll() {
        Set<HireId> due = progress.withItemsToRelease(clock.instant());
        if (due.isEmpty()) {
            return 0;
        }
        return PerHire.sum(
                "releasing due items",
                hires.findOpen().stream()
                        .filter(hire -> due.contains(hire.id()))
                        .toList(),
                this::release);
    }

    /**
     * Reads the profiles a hire's first release and their manager's reminders will ask for, before the enrolment's
     * transaction: inside it, a platform call would hold a connection and the new rows' locks for seconds.
     */
    public void knowZonesBeforeEnrolling(ChatUserId manager, Optional<String> team) {
        List<ChatUserId> people = new ArrayList<>(routing.teamMembersOf(team));
        people.add(manager);
        window.knowZonesOf(people);
    }

    public int release(Hire hire) {
        if (!hire.isActive()) {
            return 0;
        }
        window.knowZonesOf(routing.teamMembersOf(hire), hire);
        return transactions.inTransaction(() -> releaseNow(hire));
    }

    private int releaseNow(Hire hire) {
        Instant now = clock.instant();
        HireItems current = items.load(hire);
        Map<Section, List<HireItems.Entry>> due = new LinkedHashMap<>();
        current.entries().stream()
                .filter(entry -> !entry.state().isReleased()
                        && !now.isBefore(entry.state().releaseAt()))
                .forEach(entry -> due.computeIfAbsent(entry.section(), s -> new ArrayList<>())
                        .add(entry));
        // nobody is messaged unprompted at night or on their days off: the release waits for the morning
        Instant notBefore = window.notBefore(now, hire.user(), hire);
        // one statement for every section due: an enrolment usually releases several at once
        progress.markReleased(
                hire.id(),
                due.values().stream()
                        .flatMap(List::stream)
                        .map(entry -> entry.state().itemKey())
                        .toList(),
                now);
        int queued = 0;
        boolean first = true;
        for (Map.Entry<Section, List<HireItems.Entry>> section : due.entrySet()) {
            List<HireItems.Entry> forHire =
                    section.getValue().stream().filter(HireItems.Entry::forHire).toList();
            if (forHire.isEmpty()) {
                continue; // manager-only reviews reach the manager through reminders
            }
            String key = ReleaseKey.of(
                            hire.id(),
                            section.getKey().id(),
                            forHire.get(0).state().number())
                    .value();
            ChatMessage message = messages.sectionRelease(hire, section.getKey(), forHire, current.tally(now));
            OutboundMessage release = new OutboundMessage(
                    key, new Recipient.DirectMessage(hire.user()), message, notBefore, Optional.of(hire.id()));
            // the first section reaches the hire first; when many start at once, the others wait behind everyone's
            // first
            if (outbox.enqueue(first ? release : release.withPriority(Priority.FOLLOW_UP), now)) {
                queued++;
            }
            first = false;
            queued += introduce(hire, forHire, notBefore, now);
        }
        return queued;
    }

    /**
     * Introduces the hire to each person they should now meet, naming why and how often: in a group conversation of
     * the two where the platform lets a bot open one, else in each one's own chat with the bot.
     */
    private int introduce(Hire hire, List<HireItems.Entry> released, Instant notBefore, Instant now) {
        int queued = 0;
        for (HireItems.Entry entry : released) {
            if (entry.item().relationship().isEmpty()) {
                continue;
            }
            var member =
                    routing.counterpart(hire, entry.item().relationship().get().counterpartRole());
            if (member.isEmpty() || member.get().person().equals(hire.user())) {
                continue; // the manager's meeting reminder names the gap
            }
            ChatMessage message = introductions.introduction(
                    hire, member.get(), entry.item(), entry.state().dueDay(hire.zone()));
            String key = "intro:" + hire.id() + ":" + entry.item().key();
            // the colleague is introduced at the send time of the release day on their own clock, in their working
            // hours
            ChatUserId colleague = member.get().person();
            Instant colleagueTime = window.notBefore(
                    LocalDateTime.ofInstant(entry.state().releaseAt(), hire.zone())
                            .atZone(window.zoneOf(colleague, hire))
                            .toInstant(),
                    now,
                    colleague,
                    hire);
            Map<String, Recipient> recipients = new LinkedHashMap<>();
            Map<String, Instant> times = new LinkedHashMap<>();
            if (hire.user().platform().opensGroupChats()) {
                recipients.put(key, new Recipient.Group(List.of(hire.user(), colleague)));
                times.put(key, colleagueTime.isAfter(notBefore) ? colleagueTime : notBefore);
            } else {
                for (ChatUserId person : List.of(hire.user(), colleague)) {
                    recipients.put(key + ":" + person.stored(), new Recipient.DirectMessage(person));
                    times.put(key + ":" + person.stored(), person.equals(colleague) ? colleagueTime : notBefore);
                }
            }
            for (Map.Entry<String, Recipient> recipient : recipients.entrySet()) {
                if (outbox.enqueue(
                        new OutboundMessage(
                                recipient.getKey(),
                                recipient.getValue(),
                                message,
                                times.get(recipient.getKey()),
                                Optional.of(hire.id())),
                        now)) {
                    queued++;
                }
            }
        }
        return queued;
    }
}
