package dev.onboardingbuddy.slack;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.onboardingbuddy.conversation.MeetingButtons;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Platform;
import dev.onboardingbuddy.notification.ChatGateway;
import dev.onboardingbuddy.notification.Recipient;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** "We have met" / "Mark met": records the meeting and says so where pressed. */
final class MeetingMetListener implements BlockActionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(MeetingMetListener.class);
    private final MeetingButtons meetings;
    private final ChatGateway slack;
    private final Executor background;

    MeetingMetListener(MeetingButtons meetings, ChatGateway slack, Executor background) {
        this.meetings = meetings;
        this.slack = slack;
        this.background = background;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext context) {
        ChatUserId presser = ChatUserId.slack(request.getPayload().getUser().getId());
        Optional<Recipient> answerTo = Optional.ofNullable(request.getPayload().getContainer())
                .map(container -> new Recipient.Channel(Platform.SLACK, container.getChannelId()));
        Optional<String> pressedOn = Optional.ofNullable(request.getPayload().getContainer())
                .filter(container -> container.getMessageTs() != null)
                .map(container -> container.getChannelId() + "/" + container.getMessageTs());
        MeetingButtons.Outcome outcome = meetings.meetingMet(
                presser, request.getPayload().getActions().get(0).getValue(), answerTo, pressedOn);
        if (outcome instanceof MeetingButtons.Outcome.Refused refused) {
            LOG.info(
                    "meeting button refused for {}: {}",
                    presser,
                    refused.reason().plainText());
        }
        if (outcome instanceof MeetingButtons.Outcome.Recorded recorded
                && recorded.updated().isPresent()) {
            background.execute(() ->
                    slack.update(pressedOn.orElseThrow(), recorded.updated().get()));
        }
        return context.ack();
    }
}
