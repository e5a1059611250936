package dev.onboardingbuddy.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MessageEvent;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.HireConversation;
import dev.onboardingbuddy.notification.OutboundMessage;
import dev.onboardingbuddy.notification.Recipient;
import java.time.Instant;
import java.util.Optional;

/**
 * A person's message in the bot's DM. The answer is worked out and queued in the outbox in one transaction with the
 * record that the event was handled, so a retried delivery ({@code X-Slack-Retry-Num}) changes nothing and a failure
 * rolls back and lets Slack retry. The Web API call happens after the ack, from the outbox.
 */
final class DirectMessageListener implements BoltEventHandler<MessageEvent> {
  private final BotServices services;
  private final HireConversation conversation;

  DirectMessageListener(BotServices services, HireConversation conversation) {
    this.services = services;
    this.conversation = conversation;
  }

  @Override
  public Response apply(EventsApiPayload<MessageEvent> payload, EventContext context) {
    MessageEvent event = payload.getEvent();
    if (!isPersonWritingInDm(event)) {
      return context.ack();
    }
    String eventId = payload.getEventId() != null ? payload.getEventId() : event.getChannel() + ":" + event.getTs();
    Instant now = services.clock().instant();
    boolean queued = services.transactions().inTransaction(() -> {
      if (!services.processedEvents().firstSeen(eventId, now)) {
        return false;
      }
      Optional<String> thread = Optional.ofNullable(event.getThreadTs())
          .filter(ts -> !ts.equals(event.getTs()))
          .map(ts -> event.getChannel() + "/" + ts);
      ChatMessage answer = conversation.answer(new ChatUserId(event.getUser()), event.getText(), thread);
      return services.outbox().enqueue(
          new OutboundMessage("reply:" + eventId, new Recipient.Channel(event.getChannel()), answer, now), now);
    });
    if (queued) {
      services.wakeDispatcher().run();
    }
    return context.ack();
  }

  /** Bots (ourselves included: our echo has {@code bot_id} and no subtype) and edits are not spoken to. */
  private static boolean isPersonWritingInDm(MessageEvent event) {
    return event.getBotId() == null
        && event.getSubtype() == null
        && event.getUser() != null
        && "im".equals(event.getChannelType())
        && event.getText() != null;
  }
}
