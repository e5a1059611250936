package dev.onboardingbuddy.conversation;

import dev.onboardingbuddy.checklist.ItemKey;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.MessageBlock;
import dev.onboardingbuddy.notification.Outbox;
import dev.onboardingbuddy.notification.OutboxEntry;
import dev.onboardingbuddy.progress.HireItems;
import dev.onboardingbuddy.progress.HireItemsLoader;
import dev.onboardingbuddy.reminders.ChecklistMessages;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Works out how a sent message should look now that items in it were ticked, from what the outbox sent: a section
 * release is written anew with its current progress; an answer that lists items (the open items, "which one?", a
 * digest) keeps its opening words and shows its lines as they are now. Platform-free: no adapter reads its own blocks
 * back.
 */
public final class RefreshMessage {
    private final Outbox outbox;
    private final HireItemsLoader items;
    private final ChecklistMessages messages;
    private final Clock clock;

    public RefreshMessage(Outbox outbox, HireItemsLoader items, ChecklistMessages messages, Clock clock) {
        this.outbox = outbox;
        this.items = items;
        this.messages = messages;
        this.clock = clock;
    }

    /** @return empty when the message is not one the bot sent about this hire's items */
    public Optional<ChatMessage> of(Hire hire, String deliveryRef) {
        return outbox.findByDeliveryRef(deliveryRef).flatMap(sent -> refreshed(hire, sent));
    }

    /**
     * The release message that holds the item, as it should look now: for a Done pressed outside any message (a home
     * tab), so that the conversation shows the tick too.
     *
     * @return empty when the item's release message was not sent (yet), or has been pruned
     */
    public Optional<MessageUpdate> releaseMessageOf(Hire hire, ItemKey item) {
        return HireConversation.releaseKeyOf(hire, items.load(hire), item)
                .flatMap(outbox::find)
                .flatMap(sent -> sent.deliveryRef()
                        .flatMap(ref -> refreshed(hire, sent).map(content -> new MessageUpdate(ref, content))));
    }

    private Optional<ChatMessage> refreshed(Hire hire, OutboxEntry sent) {
        HireItems current = items.load(hire);
        List<HireItems.Entry> released = HireConversation.itemsOfReleaseMessage(
                hire, current, sent.message().idempotencyKey());
        if (!released.isEmpty()) {
            return Optional.of(
                    messages.sectionRelease(hire, released.get(0).section(), released, current.tally(clock.instant())));
        }
        if (sent.message().hire().filter(id -> !id.equals(hire.id())).isPresent()) {
            return Optional.empty();
        }
        ChatMessage content = sent.message().content();
        List<HireItems.Entry> shown = content.blocks().stream()
                .filter(MessageBlock.ChecklistLine.class::isInstance)
                .map(block -> current.byNumber(((MessageBlock.ChecklistLine) block).number()))
                .flatMap(Optional::stream)
                .toList();
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        // An answer that lists items keeps its opening words and shows its lines as they are now; anything else that
        // lists items is written as the section of its first item.
        if (!content.blocks().isEmpty() && content.blocks().get(0) instanceof MessageBlock.Paragraph intro) {
            return Optional.of(messages.refreshedAnswer(hire, intro.text(), shown));
        }
        return Optional.of(messages.refreshed(hire, shown.get(0).section(), shown, current.tally(clock.instant())));
    }
}
