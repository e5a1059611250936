package dev.onboardingbuddy.conversation;

import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.ChecklistMessages;
import dev.onboardingbuddy.notification.HireConversation;
import dev.onboardingbuddy.notification.MessageBlock;
import dev.onboardingbuddy.notification.Outbox;
import dev.onboardingbuddy.notification.OutboxEntry;
import dev.onboardingbuddy.progress.HireItems;
import dev.onboardingbuddy.progress.HireItemsLoader;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Works out how a sent message should look now that items in it were ticked, from what the outbox sent: a section
 * release is written anew with its current progress; any other message (the open items, "which one?", a digest)
 * keeps its words and shows each of its lines as it is now. Platform-free: no adapter reads its own blocks back.
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

  private Optional<ChatMessage> refreshed(Hire hire, OutboxEntry sent) {
    HireItems current = items.load(hire);
    List<HireItems.Entry> released = HireConversation.itemsOfReleaseMessage(hire, current,
        sent.message().idempotencyKey());
    if (!released.isEmpty()) {
      return Optional.of(messages.sectionRelease(hire, released.get(0).section(), released,
          current.tally(clock.instant())));
    }
    if (sent.message().hire().filter(id -> !id.equals(hire.id())).isPresent()) {
      return Optional.empty();
    }
    ChatMessage content = sent.message().content();
    boolean listsItems = content.blocks().stream().anyMatch(MessageBlock.ChecklistLine.class::isInstance);
    if (!listsItems) {
      return Optional.empty();
    }
    List<MessageBlock> blocks = content.blocks().stream().map(block -> block instanceof MessageBlock.ChecklistLine line
        ? current.byNumber(line.number()).<MessageBlock>map(entry -> ChecklistMessages.line(hire, entry)).orElse(line)
        : block).toList();
    return Optional.of(new ChatMessage(content.text(), blocks));
  }
}
