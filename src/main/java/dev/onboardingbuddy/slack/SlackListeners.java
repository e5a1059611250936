package dev.onboardingbuddy.slack;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.TeamJoinEvent;
import com.slack.api.model.event.UserChangeEvent;
import dev.onboardingbuddy.conversation.ChatUseCases;
import dev.onboardingbuddy.conversation.WelcomeNewcomers;
import dev.onboardingbuddy.home.HomeRefresher;
import dev.onboardingbuddy.notification.ButtonActions;
import dev.onboardingbuddy.notification.ChatGateway;
import java.util.concurrent.Executor;

/** Registers every listener on the Bolt App. Events we do not act on are still acked, or Slack retries them. */
public final class SlackListeners {
    private SlackListeners() {}

    /**
     * @param slack the gateway that updates Slack messages in place
     * @param homes publishes App Home tabs when opened and after a Done pressed there
     */
    public static void register(
            App app, ChatUseCases useCases, ChatGateway slack, HomeRefresher homes, Executor background) {
        app.command(SlackMarkup.COMMAND, new OnboardingCommandListener(useCases.commands()));
        app.event(MessageEvent.class, new DirectMessageListener(useCases.directMessages()));
        app.event(AppHomeOpenedEvent.class, new HomeOpenedListener(homes));
        app.event(UserChangeEvent.class, new UserChangeListener(useCases.departures(), background));
        app.blockAction(
                DoneButtonListener.ACTION_ID, new DoneButtonListener(useCases.itemButtons(), slack, homes, background));
        ReviewHeldListeners reviews = new ReviewHeldListeners(useCases.meetingButtons(), slack, background);
        app.blockAction(BlockKitRenderer.actionIdPattern(ButtonActions.REVIEW_HELD), reviews::button);
        app.viewSubmission(ReviewHeldListeners.CALLBACK_ID, reviews::submission);
        app.blockAction(
                BlockKitRenderer.actionIdPattern(ButtonActions.MEETING_MET),
                new MeetingMetListener(useCases.meetingButtons(), slack, background));
        app.blockAction(
                BlockKitRenderer.actionIdPattern(ButtonActions.SNOOZE), new SnoozeListener(useCases.itemButtons()));
        app.event(TeamJoinEvent.class, new TeamJoinListener(useCases.newcomers(), background));
        NewcomerListeners newcomers = new NewcomerListeners(useCases.newcomers(), slack, background);
        app.blockAction(BlockKitRenderer.actionIdPattern(WelcomeNewcomers.ENROL), newcomers::enrolButton);
        app.blockAction(BlockKitRenderer.actionIdPattern(WelcomeNewcomers.IGNORE), newcomers::ignoreButton);
        app.viewSubmission(NewcomerListeners.CALLBACK_ID, newcomers::submission);
    }
}
