package dev.onboardingbuddy.conversation;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.EnrollmentRefused;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.HireRepository;
import dev.onboardingbuddy.notification.ButtonActions;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.MessageBlock;
import dev.onboardingbuddy.notification.OutboundMessage;
import dev.onboardingbuddy.notification.Outbox;
import dev.onboardingbuddy.notification.Recipient;
import dev.onboardingbuddy.notification.Text;
import dev.onboardingbuddy.progress.HireItemsLoader;
import dev.onboardingbuddy.reminders.QueueDueReminders;
import dev.onboardingbuddy.reminders.RecordMeetings;
import dev.onboardingbuddy.reminders.ReminderMessages;
import dev.onboardingbuddy.reminders.ReviewLog;
import dev.onboardingbuddy.timeline.ReminderKind;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * "Mark review held" (with the manager's notes) and "Mark met" / "We have met", pressed on any platform: records
 * it, which stops the reminders, and says so where it was pressed. Thread-safe.
 */
public final class MeetingButtons {
    private final HireRepository hires;
    private final HireItemsLoader items;
    private final RecordMeetings meetings;
    private final Outbox outbox;
    private final Runnable wakeDispatcher;
    private final ReviewLog reviews;
    private final Clock clock;
    private static final Text STALE_BUTTON =
            Text.plain("This button is out of date; press the one in the latest message.");
    /** The review notes come from a form the button opened, so it is the form that is out of date. */
    private static final Text STALE_FORM = Text.plain("This form is out of date; press the button again.");

    private final RefusalTexts refusals = new RefusalTexts();

    /** @param reviews what was held or met, which a daily reminder post shows in place of its buttons */
    public MeetingButtons(
            HireRepository hires,
            HireItemsLoader items,
            RecordMeetings meetings,
            Outbox outbox,
            ReviewLog reviews,
            Runnable wakeDispatcher,
            Clock clock) {
        this.reviews = reviews;
        this.hires = hires;
        this.items = items;
        this.meetings = meetings;
        this.outbox = outbox;
        this.wakeDispatcher = wakeDispatcher;
        this.clock = clock;
    }

    /** What became of a press: recorded, recorded already, or refused with words for the presser. */
    public sealed interface Outcome {
        /** @param updated the daily reminder post the button sat in, as it should now look, to update in place */
        record Recorded(Optional<ChatMessage> updated) implements Outcome {}

        record AlreadyRecorded() implements Outcome {}

        record Refused(Text reason) implements Outcome {}
    }

    /**
     * @param value the button's value, {@code hire|item}
     * @param answerTo where to confirm: the conversation the button was pressed in, if known
     * @param pressedOn the platform's reference to the message the button sat in, if known
     */
    public Outcome reviewHeld(
            ChatUserId manager, String value, String notes, Optional<Recipient> answerTo, Optional<String> pressedOn) {
        return press(value, STALE_FORM, pressedOn, (hire, ref) -> {
            if (!meetings.reviewHeld(hire, ref.item(), manager, notes)) {
                return false;
            }
            String title = items.load(hire).entries().stream()
                    .filter(entry -> entry.item().key().equals(ref.item()))
                    .map(entry -> entry.title())
                    .findFirst()
                    .orElse("the review");
            answerTo.ifPresent(to -> confirm(
                    "held:" + hire.id() + ":" + ref.item(),
                    to,
                    Text.builder()
                            .plain("\u2705 ")
                            .mention(manager)
                            .plain(" held the " + title + " of ")
                            .mention(hire.user())
                            .plain("; the notes are saved and the reminders stop.")
                            .build()));
            return true;
        });
    }

    public Outcome meetingMet(
            ChatUserId presser, String value, Optional<Recipient> answerTo, Optional<String> pressedOn) {
        return press(value, STALE_BUTTON, pressedOn, (hire, ref) -> {
            if (!meetings.meetingMet(hire, ref.item(), presser)) {
                return false;
            }
            answerTo.ifPresent(to -> confirm(
                    "met:" + hire.id() + ":" + ref.item(),
                    to,
                    Text.builder()
                            .plain("\u2705 Marked as met by ")
                            .mention(presser)
                            .plain(". Thank you!")
                            .build()));
            return true;
        });
    }

    private Outcome press(String value, Text outOfDate, Optional<String> pressedOn, Recording recording) {
        ButtonActions.ItemRef ref;
        try {
            ref = ButtonActions.parseItemValue(value);
        } catch (IllegalArgumentException e) {
            return new Outcome.Refused(outOfDate);
        }
        Optional<Hire> hire = hires.find(ref.hire());
        if (hire.isEmpty()) {
            return new Outcome.Refused(Text.plain("That hire is no longer enrolled."));
        }
        try {
            return recording.record(hire.get(), ref)
                    ? new Outcome.Recorded(refreshedPost(pressedOn))
                    : new Outcome.AlreadyRecorded();
        } catch (EnrollmentRefused refused) {
            return new Outcome.Refused(refusals.of(refused.reason()));
        }
    }

    /** A daily reminder post with each settled review or meeting shown as held or met instead of its button. */
    private Optional<ChatMessage> refreshedPost(Optional<String> pressedOn) {
        return pressedOn
                .flatMap(outbox::findByDeliveryRef)
                .filter(sent -> QueueDueReminders.isDailyPost(sent.message().idempotencyKey()))
                .map(sent -> sent.message().content())
                .map(content -> new ChatMessage(
                        content.text(),
                        content.blocks().stream().map(this::settledOrAsIs).toList()));
    }

    private MessageBlock settledOrAsIs(MessageBlock block) {
        if (!(block instanceof MessageBlock.Buttons buttons)
                || buttons.buttons().size() != 1) {
            return block;
        }
        MessageBlock.Button button = buttons.buttons().get(0);
        ReminderKind kind = ButtonActions.REVIEW_HELD.equals(button.action())
                ? ReminderKind.REVIEW
                : ButtonActions.MEETING_MET.equals(button.action()) ? ReminderKind.MEETING : null;
        if (kind == null) {
            return block;
        }
        try {
            ButtonActions.ItemRef ref = ButtonActions.parseItemValue(button.value());
            return reviews.find(ref.hire(), ref.item(), kind).isPresent()
                    ? new MessageBlock.Context(ReminderMessages.settled(button.action()))
                    : block;
        } catch (IllegalArgumentException notAnItem) {
            return block;
        }
    }

    private void confirm(String key, Recipient to, Text text) {
        Instant now = clock.instant();
        if (outbox.enqueue(new OutboundMessage(key, to, ChatMessage.of(text), now), now)) {
            wakeDispatcher.run();
        }
    }

    @FunctionalInterface
    private interface Recording {
        boolean record(Hire hire, ButtonActions.ItemRef ref);
    }
}
