package dev.onboardingbuddy.conversation;

import dev.onboardingbuddy.checklist.ItemKey;
import dev.onboardingbuddy.enrollment.AccessPolicy;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.HireRepository;
import dev.onboardingbuddy.notification.ButtonActions;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.DayFormat;
import dev.onboardingbuddy.notification.OutboundMessage;
import dev.onboardingbuddy.notification.Outbox;
import dev.onboardingbuddy.notification.Recipient;
import dev.onboardingbuddy.progress.CompleteItems;
import dev.onboardingbuddy.progress.CompletionMethod;
import dev.onboardingbuddy.reminders.Snoozes;
import dev.onboardingbuddy.transactions.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The buttons beside a hire's items, whatever platform they were pressed on: Done completes the item (once, however
 * often pressed) and says how the message looks now; Snooze keeps it out of the overdue digest for a few days.
 * Presses that are malformed, or by someone who may not, change nothing and are only logged: a button has nobody
 * to answer. Thread-safe.
 */
public final class ItemButtons {
    private static final Logger LOG = LoggerFactory.getLogger(ItemButtons.class);

    private final HireRepository hires;
    private final AccessPolicy access;
    private final CompleteItems complete;
    private final RefreshMessage refresh;
    private final Snoozes snoozes;
    private final Outbox outbox;
    private final Transactions transactions;
    private final Runnable wakeDispatcher;
    private final Clock clock;

    public ItemButtons(
            HireRepository hires,
            AccessPolicy access,
            CompleteItems complete,
            RefreshMessage refresh,
            Snoozes snoozes,
            Outbox outbox,
            Transactions transactions,
            Runnable wakeDispatcher,
            Clock clock) {
        this.hires = hires;
        this.access = access;
        this.complete = complete;
        this.refresh = refresh;
        this.snoozes = snoozes;
        this.outbox = outbox;
        this.transactions = transactions;
        this.wakeDispatcher = wakeDispatcher;
        this.clock = clock;
    }

    /**
     * @param value the button's value, {@code hire|item}
     * @param message the platform's reference of the message the button sits in, if known
     * @return the message as it should look now, when it is one the bot can refresh
     */
    public Optional<ChatMessage> done(ChatUserId presser, String value, Optional<String> message) {
        return completed(presser, value).flatMap(done -> message.flatMap(ref -> refresh.of(done.hire(), ref)));
    }

    /**
     * The same Done, pressed outside any message, such as on Slack's home tab: the item is completed the same way (once,
     * by button), and the release message that holds it in the hire's conversation is what changes.
     *
     * @param value the button's value, {@code hire|item}
     * @return that message as it should look now, when the bot sent one
     */
    public Optional<MessageUpdate> doneOutsideMessage(ChatUserId presser, String value) {
        return completed(presser, value).flatMap(done -> refresh.releaseMessageOf(done.hire(), done.item()));
    }

    private record Completed(Hire hire, ItemKey item) {}

    private Optional<Completed> completed(ChatUserId presser, String value) {
        ButtonActions.ItemRef ref;
        try {
            ref = ButtonActions.parseItemValue(value);
        } catch (IllegalArgumentException e) {
            LOG.warn("ignored a Done button with a bad value: {}", e.getMessage());
            return Optional.empty();
        }
        Optional<Hire> hire = hires.find(ref.hire()).filter(found -> access.mayComplete(presser, found));
        if (hire.isEmpty()) {
            LOG.warn("ignored a Done button of {} for a hire they may not complete, or no longer enrolled", presser);
            return Optional.empty();
        }
        complete.complete(hire.get(), presser, ref.item(), CompletionMethod.BUTTON);
        return Optional.of(new Completed(hire.get(), ref.item()));
    }

    /**
     * @param value the button's value, {@code hire|item|days}
     * @param answerTo where the confirmation goes: the conversation the button was pressed in
     * @param pressId the platform's id of this press, so that a retried delivery confirms once
     */
    public void snooze(ChatUserId presser, String value, Recipient answerTo, String pressId) {
        ButtonActions.Snooze snooze;
        try {
            snooze = ButtonActions.parseSnooze(value);
        } catch (IllegalArgumentException e) {
            LOG.warn("ignored a snooze button: {}", e.getMessage());
            return;
        }
        Optional<Hire> hire = hires.find(snooze.item().hire()).filter(h -> access.maySnooze(presser, h));
        if (hire.isEmpty()) {
            LOG.warn("ignored a snooze by {} of an item that is not theirs", presser);
            return;
        }
        Instant now = clock.instant();
        LocalDate until = snooze.until(LocalDate.ofInstant(now, hire.get().zone()));
        boolean queued = transactions.inTransaction(() -> {
            snoozes.snooze(
                    hire.get().id(),
                    snooze.item().item(),
                    until.atStartOfDay(hire.get().zone()).toInstant());
            return outbox.enqueue(
                    new OutboundMessage(
                            "snooze:" + hire.get().id() + ":" + snooze.item().item() + ":" + pressId,
                            answerTo,
                            ChatMessage.plain(
                                    "Snoozed until " + DayFormat.of(until) + ". I will remind you again " + "then."),
                            now),
                    now);
        });
        if (queued) {
            wakeDispatcher.run();
        }
    }
}
