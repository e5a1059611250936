package dev.onboardingbuddy.slack;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.onboardingbuddy.conversation.ItemButtons;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Platform;
import dev.onboardingbuddy.notification.Recipient;

/** Snooze 1, 3 or 7 days on an overdue digest. */
final class SnoozeListener implements BlockActionHandler {
    private final ItemButtons buttons;

    SnoozeListener(ItemButtons buttons) {
        this.buttons = buttons;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext context) {
        ChatUserId presser = ChatUserId.slack(request.getPayload().getUser().getId());
        String channel = request.getPayload().getContainer() == null
                ? null
                : request.getPayload().getContainer().getChannelId();
        Recipient answerTo =
                channel == null ? new Recipient.DirectMessage(presser) : new Recipient.Channel(Platform.SLACK, channel);
        var action = request.getPayload().getActions().get(0);
        buttons.snooze(presser, action.getValue(), answerTo, action.getActionTs());
        return context.ack();
    }
}
