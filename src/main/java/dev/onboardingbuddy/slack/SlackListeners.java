package dev.onboardingbuddy.slack;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.MessageEvent;
import dev.onboardingbuddy.notification.HireConversation;
import dev.onboardingbuddy.notification.NudgeOverdueItems;
import dev.onboardingbuddy.notification.ReminderMessages;

/** Registers every listener on the Bolt App. Events we do not act on are still acked, or Slack retries them. */
public final class SlackListeners {
  private SlackListeners() {}

  public static void register(App app, BotServices services, HireConversation conversation, SlackChatGateway slack,
      BackgroundWork background) {
    app.command("/onboarding", new OnboardingCommandListener(services, slack, background));
    app.event(MessageEvent.class, new DirectMessageListener(services, conversation));
    app.event(AppHomeOpenedEvent.class, (payload, context) -> context.ack());
    app.blockAction(DoneButtonListener.ACTION_ID, new DoneButtonListener(services, slack, background));
    ReviewHeldListeners reviews = new ReviewHeldListeners(services, services.meetings(), background);
    app.blockAction(BlockKitRenderer.actionIdPattern(ReminderMessages.REVIEW_HELD), reviews::button);
    app.viewSubmission(ReviewHeldListeners.CALLBACK_ID, reviews::submission);
    app.blockAction(BlockKitRenderer.actionIdPattern(ReminderMessages.MEETING_MET),
        new MeetingMetListener(services, services.meetings()));
    app.blockAction(BlockKitRenderer.actionIdPattern(NudgeOverdueItems.SNOOZE),
        new SnoozeListener(services, services.snoozes()));
  }
}
