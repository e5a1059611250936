package dev.onboardingbuddy.reminders;

import dev.onboardingbuddy.checklist.ItemKey;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.enrollment.HireRepository;
import dev.onboardingbuddy.notification.ButtonActions;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.MessageBlock;
import dev.onboardingbuddy.notification.OutboundMessage;
import dev.onboardingbuddy.notification.Outbox;
import dev.onboardingbuddy.notification.Recipient;
import dev.onboardingbuddy.notification.Text;
import dev.onboardingbuddy.progress.HireItems;
import dev.onboardingbuddy.progress.HireItemsLoader;
import dev.onboardingbuddy.progress.ProgressRepository;
import dev.onboardingbuddy.timeline.WorkingCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reminds each hire of their overdue items: at most one digest a working day, from the send time on, with Done and
 * Snooze (1, 3 or 7 days) beside each item. Snoozed items stay out of the digest until their snooze ends, and so do
 * items released today: a hire enrolled with a start date in the past has just been sent them, overdue already, and a
 * digest of the same items on top of the catch-up would only repeat it.
 */
public final class NudgeOverdueItems {
    static final int MAX_ITEMS = 10;

    private final HireRepository hires;
    private final ProgressRepository progress;
    private final HireItemsLoader items;
    private final Snoozes snoozes;
    private final SendWindow window;
    private final Outbox outbox;
    private final LocalTime sendTime;
    private final Clock clock;

    public NudgeOverdueItems(
            HireRepository hires,
            ProgressRepository progress,
            HireItemsLoader items,
            Snoozes snoozes,
            SendWindow window,
            Outbox outbox,
            LocalTime sendTime,
            Clock clock) {
        this.hires = hires;
        this.progress = progress;
        this.items = items;
        this.snoozes = snoozes;
        this.window = window;
        this.outbox = outbox;
        this.sendTime = sendTime;
        this.clock = clock;
    }

    /**
     * Nudges the open hires with an overdue item. Those without one are left out before their items are loaded: every
     * 15 minutes, loading every hire's items to find that most have nothing overdue was, at 5,000 hires, the largest
     * share of what the bot allocated.
     */
    public int nudgeAll() {
        Set<HireId> overdue = progress.withOverdueItems(clock.instant());
        List<Hire> concerned = hires.findOpen().stream()
                .filter(hire -> overdue.contains(hire.id()))
                .toList();
        return PerHire.sum("nudging about overdue items", concerned, this::nudge);
    }

    public int nudge(Hire hire) {
        Instant now = clock.instant();
        LocalDateTime local = LocalDateTime.ofInstant(now, hire.zone());
        WorkingCalendar calendar = window.calendarOf(hire);
        if (!hire.isActive()
                || !calendar.isWorkingDay(local.toLocalDate())
                || local.toLocalTime().isBefore(sendTime)
                || !window.isOpen(now, hire.user(), hire)) {
            return 0; // outside the allowed hours the digest would arrive the next morning, beside that day's own
        }
        String key = "nudge:" + hire.id() + ":" + local.toLocalDate();
        if (outbox.contains(key)) {
            return 0; // today's digest is queued or sent already (by this instance or another, before a restart too)
        }
        HireItems current = items.load(hire);
        Map<ItemKey, Instant> snoozed = snoozes.of(hire.id());
        List<HireItems.Entry> overdue = current.hireEntries().stream()
                .filter(entry -> releasedBefore(entry, local.toLocalDate(), hire)
                        && entry.state().isOverdueAt(now))
                .filter(entry -> !now.isBefore(snoozed.getOrDefault(entry.item().key(), Instant.MIN)))
                .toList();
        if (overdue.isEmpty()) {
            return 0;
        }
        ChatMessage digest = digest(hire, overdue, current, now);
        return outbox.enqueue(
                        new OutboundMessage(
                                key, new Recipient.DirectMessage(hire.user()), digest, now, Optional.of(hire.id())),
                        now)
                ? 1
                : 0;
    }

    private static boolean releasedBefore(HireItems.Entry entry, LocalDate today, Hire hire) {
        return entry.state()
                .releasedAt()
                .filter(released -> LocalDate.ofInstant(released, hire.zone()).isBefore(today))
                .isPresent();
    }

    private static ChatMessage digest(Hire hire, List<HireItems.Entry> overdue, HireItems current, Instant now) {
        List<MessageBlock> blocks = new ArrayList<>();
        String headline = overdue.size() == 1 ? "One item is overdue." : overdue.size() + " items are overdue.";
        blocks.add(new MessageBlock.Paragraph(Text.builder()
                .plain(headline + " Done already? Press ")
                .strong("Done")
                .plain(". Need more time? Snooze it.")
                .build()));
        StringBuilder text = new StringBuilder(headline);
        for (HireItems.Entry entry : overdue.stream().limit(MAX_ITEMS).toList()) {
            blocks.add(ChecklistMessages.line(hire, entry));
            blocks.add(new MessageBlock.Buttons(
                    List.of(snooze(hire, entry, 1), snooze(hire, entry, 3), snooze(hire, entry, 7))));
            text.append('\n')
                    .append(entry.state().number())
                    .append(". ")
                    .append(entry.title())
                    .append(" (due ")
                    .append(ChecklistMessages.dueDate(entry, hire.zone()))
                    .append(')');
        }
        if (overdue.size() > MAX_ITEMS) {
            blocks.add(new MessageBlock.Context(Text.builder()
                    .plain("…and " + (overdue.size() - MAX_ITEMS) + " more: reply ")
                    .code("list")
                    .plain(".")
                    .build()));
        }
        blocks.add(new MessageBlock.Context(Text.plain(current.tally(now).fraction() + " done")));
        return new ChatMessage(Text.plain(text.toString()), blocks);
    }

    private static MessageBlock.Button snooze(Hire hire, HireItems.Entry entry, int days) {
        return new MessageBlock.Button(
                ButtonActions.SNOOZE,
                days == 1 ? "Snooze 1 day" : "Snooze " + days + " days",
                ButtonActions.snoozeValue(hire.id(), entry.item().key(), days),
                false);
    }
}
