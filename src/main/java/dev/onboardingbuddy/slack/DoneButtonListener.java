package dev.onboardingbuddy.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.onboardingbuddy.conversation.ItemButtons;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.notification.ButtonActions;
import dev.onboardingbuddy.notification.ChatGateway;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.concurrent.Executor;

/**
 * The Done button beside a checklist line: completes the item and, after the ack, updates the message it sits in
 * so the line shows ticked.
 */
final class DoneButtonListener implements BlockActionHandler {
  static final Pattern ACTION_ID = BlockKitRenderer.actionIdPattern(ButtonActions.ITEM_DONE);

  private final ItemButtons buttons;
  private final ChatGateway slack;
  private final Executor background;

  DoneButtonListener(ItemButtons buttons, ChatGateway slack, Executor background) {
    this.buttons = buttons;
    this.slack = slack;
    this.background = background;
  }

  @Override
  public Response apply(BlockActionRequest request, ActionContext context) {
    BlockActionPayload payload = request.getPayload();
    ChatUserId presser = ChatUserId.slack(payload.getUser().getId());
    String value = payload.getActions() == null ? null : payload.getActions().stream()
        .filter(a -> ACTION_ID.matcher(a.getActionId()).matches()).findFirst()
        .map(BlockActionPayload.Action::getValue).orElse(null);
    Optional<String> message = Optional.ofNullable(payload.getContainer())
        .filter(container -> container.getMessageTs() != null)
        .map(container -> container.getChannelId() + "/" + container.getMessageTs());
    buttons.done(presser, value, message).ifPresent(content ->
        background.execute(() -> slack.update(message.orElseThrow(), content)));
    return context.ack();
  }
}
