package dev.onboardingbuddy.slack;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.EnrollmentRefused;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.notification.ButtonActions;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.OutboundMessage;
import dev.onboardingbuddy.notification.RecordMeetings;
import dev.onboardingbuddy.notification.Recipient;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** "We have met" / "Mark met": records the meeting, completes the relationship item, and says so where pressed. */
final class MeetingMetListener implements BlockActionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(MeetingMetListener.class);
  private final BotServices services;
  private final RecordMeetings meetings;

  MeetingMetListener(BotServices services, RecordMeetings meetings) {
    this.services = services;
    this.meetings = meetings;
  }

  @Override
  public Response apply(BlockActionRequest request, ActionContext context) {
    ChatUserId presser = new ChatUserId(request.getPayload().getUser().getId());
    ButtonActions.ItemRef ref;
    try {
      ref = ButtonActions.parseItemValue(request.getPayload().getActions().get(0).getValue());
    } catch (IllegalArgumentException e) {
      LOG.warn("ignored a meeting button with a bad value: {}", e.getMessage());
      return context.ack();
    }
    Optional<Hire> hire = services.hires().find(ref.hire());
    if (hire.isEmpty()) {
      return context.ack();
    }
    try {
      if (meetings.meetingMet(hire.get(), ref.item(), presser) && request.getPayload().getContainer() != null) {
        String channel = request.getPayload().getContainer().getChannelId();
        services.outbox().enqueue(new OutboundMessage("met:" + hire.get().id() + ":" + ref.item(),
            new Recipient.Channel(channel), ChatMessage.plain("\u2705 Marked as met by <@" + presser.value()
                + ">. Thank you!"), services.clock().instant()), services.clock().instant());
        services.wakeDispatcher().run();
      }
    } catch (EnrollmentRefused refused) {
      LOG.info("meeting button refused for {}: {}", presser, refused.getMessage());
    }
    return context.ack();
  }
}
