package dev.onboardingbuddy.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.onboardingbuddy.conversation.ItemButtons;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.home.HomeRefresher;
import dev.onboardingbuddy.notification.ButtonActions;
import dev.onboardingbuddy.notification.ChatGateway;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;

/**
 * The Done button beside a checklist line: completes the item and, after the ack, updates the message it sits in
 * so the line shows ticked. Pressed on the App Home tab (a {@code view} container, which has no message and no
 * {@code response_url}), it updates the item's release message in the DM instead, and republishes the presser's home;
 * the homes of the hire's manager and leads follow through the {@link HomeRefresher}'s change tracking.
 */
final class DoneButtonListener implements BlockActionHandler {
    static final Pattern ACTION_ID = BlockKitRenderer.actionIdPattern(ButtonActions.ITEM_DONE);
    /** The container Slack names for a button in a view: a home tab, since the bot opens no modal with Done in it. */
    static final String VIEW_CONTAINER = "view";

    private final ItemButtons buttons;
    private final ChatGateway slack;
    private final HomeRefresher homes;
    private final Executor background;

    DoneButtonListener(ItemButtons buttons, ChatGateway slack, HomeRefresher homes, Executor background) {
        this.buttons = buttons;
        this.slack = slack;
        this.homes = homes;
        this.background = background;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext context) {
        BlockActionPayload payload = request.getPayload();
        ChatUserId presser = ChatUserId.slack(payload.getUser().getId());
        String value = payload.getActions() == null
                ? null
                : payload.getActions().stream()
                        .filter(a -> ACTION_ID.matcher(a.getActionId()).matches())
                        .findFirst()
                        .map(BlockActionPayload.Action::getValue)
                        .orElse(null);
        if (payload.getContainer() != null
                && VIEW_CONTAINER.equals(payload.getContainer().getType())) {
            buttons.doneOutsideMessage(presser, value)
                    .ifPresent(
                            update -> background.execute(() -> slack.update(update.deliveryRef(), update.content())));
            homes.opened(presser);
            return context.ack();
        }
        Optional<String> message = Optional.ofNullable(payload.getContainer())
                .filter(container -> container.getMessageTs() != null)
                .map(container -> container.getChannelId() + "/" + container.getMessageTs());
        buttons.done(presser, value, message)
                .ifPresent(content -> background.execute(() -> slack.update(message.orElseThrow(), content)));
        return context.ack();
    }
}
