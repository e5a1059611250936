package dev.onboardingbuddy.slack;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.NudgeOverdueItems;
import dev.onboardingbuddy.notification.OutboundMessage;
import dev.onboardingbuddy.notification.Recipient;
import dev.onboardingbuddy.notification.Snoozes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Snooze 1, 3 or 7 days on an overdue digest: no nudge about that item until then. Only the hire may snooze. */
final class SnoozeListener implements BlockActionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(SnoozeListener.class);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
  private final BotServices services;
  private final Snoozes snoozes;

  SnoozeListener(BotServices services, Snoozes snoozes) {
    this.services = services;
    this.snoozes = snoozes;
  }

  @Override
  public Response apply(BlockActionRequest request, ActionContext context) {
    NudgeOverdueItems.Snooze snooze;
    try {
      snooze = NudgeOverdueItems.parseSnooze(request.getPayload().getActions().get(0).getValue());
    } catch (IllegalArgumentException e) {
      LOG.warn("ignored a snooze button: {}", e.getMessage());
      return context.ack();
    }
    ChatUserId presser = new ChatUserId(request.getPayload().getUser().getId());
    Optional<Hire> hire = services.hires().find(snooze.item().hire()).filter(h -> h.user().equals(presser));
    if (hire.isEmpty()) {
      LOG.warn("ignored a snooze by {} of an item that is not theirs", presser);
      return context.ack();
    }
    Instant now = services.clock().instant();
    LocalDate until = snooze.until(LocalDate.ofInstant(now, hire.get().zone()));
    snoozes.snooze(hire.get().id(), snooze.item().item(), until.atStartOfDay(hire.get().zone()).toInstant());
    String channel = request.getPayload().getContainer() == null ? null
        : request.getPayload().getContainer().getChannelId();
    Recipient to = channel == null ? new Recipient.DirectMessage(presser) : new Recipient.Channel(channel);
    services.outbox().enqueue(new OutboundMessage("snooze:" + hire.get().id() + ":" + snooze.item().item() + ":"
        + request.getPayload().getActions().get(0).getActionTs(), to,
        ChatMessage.plain("Snoozed until " + DAY.format(until) + ". I will remind you again then."), now), now);
    services.wakeDispatcher().run();
    return context.ack();
  }
}
