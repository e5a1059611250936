package dev.onboardingbuddy.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.HireStatus;
import dev.onboardingbuddy.notification.ButtonActions;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.progress.CompletionMethod;
import dev.onboardingbuddy.progress.CompletionOutcome;
import dev.onboardingbuddy.progress.HireItems;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Done button beside a checklist line: completes the item (once, whoever presses twice) and, after the ack,
 * re-renders the message it sits in so the line shows ticked and the progress is current.
 */
final class DoneButtonListener implements BlockActionHandler {
  static final Pattern ACTION_ID = BlockKitRenderer.actionIdPattern(ButtonActions.ITEM_DONE);
  private static final Logger LOG = LoggerFactory.getLogger(DoneButtonListener.class);
  private static final Pattern ITEM_BLOCK = Pattern.compile("^item:(\\d+)$");

  private final BotServices services;
  private final SlackChatGateway slack;
  private final BackgroundWork background;

  DoneButtonListener(BotServices services, SlackChatGateway slack, BackgroundWork background) {
    this.services = services;
    this.slack = slack;
    this.background = background;
  }

  @Override
  public Response apply(BlockActionRequest request, ActionContext context) {
    BlockActionPayload payload = request.getPayload();
    ChatUserId presser = new ChatUserId(payload.getUser().getId());
    Optional<BlockActionPayload.Action> action = payload.getActions() == null ? Optional.empty()
        : payload.getActions().stream().filter(a -> ACTION_ID.matcher(a.getActionId()).matches()).findFirst();
    ButtonActions.ItemRef ref;
    try {
      ref = ButtonActions.parseItemValue(action.map(BlockActionPayload.Action::getValue).orElse(null));
    } catch (IllegalArgumentException e) {
      LOG.warn("ignored a Done button with a bad value: {}", e.getMessage());
      return context.ack();
    }
    // An old message of a cancelled or completed enrolment still shows its buttons; its history is closed.
    Optional<Hire> hire = services.hires().find(ref.hire())
        .filter(found -> found.status() == HireStatus.ACTIVE || found.status() == HireStatus.PAUSED)
        .filter(found -> found.user().equals(presser) || found.manager().equals(presser));
    if (hire.isEmpty()) {
      LOG.warn("ignored a Done button of {} for a hire they may not complete, or no longer enrolled", presser);
      return context.ack();
    }
    CompletionOutcome outcome = services.complete().complete(hire.get(), presser, ref.item(), CompletionMethod.BUTTON);
    if (payload.getContainer() != null && payload.getContainer().getMessageTs() != null) {
      String messageRef = payload.getContainer().getChannelId() + "/" + payload.getContainer().getMessageTs();
      List<LayoutBlock> blocks = payload.getMessage() == null ? null : payload.getMessage().getBlocks();
      List<Integer> numbers = itemNumbers(blocks);
      Optional<String> intro = answerIntro(blocks);
      background.submit("tick the Done line", () -> refresh(hire.get(), messageRef, numbers, intro));
    }
    LOG.debug("Done button: {}", outcome);
    return context.ack();
  }

  private void refresh(Hire hire, String messageRef, List<Integer> numbers, Optional<String> intro) {
    HireItems current = services.items().load(hire);
    List<HireItems.Entry> shown = numbers.stream().map(current::byNumber).flatMap(Optional::stream).toList();
    if (shown.isEmpty()) {
      return;
    }
    ChatMessage content = intro.map(words -> services.messages().refreshedAnswer(hire, words, shown))
        .orElseGet(() -> services.messages().refreshed(hire, shown.get(0).section(), shown,
            current.tally(services.clock().instant())));
    slack.update(messageRef, content);
  }

  /**
   * The opening words of an answer that lists items (the open items, "which one?"), which must stay as they are;
   * empty for a section release, which opens with a header and is re-rendered whole.
   */
  private static Optional<String> answerIntro(List<LayoutBlock> blocks) {
    if (blocks == null || blocks.isEmpty() || !(blocks.get(0) instanceof SectionBlock first)
        || (first.getBlockId() != null && ITEM_BLOCK.matcher(first.getBlockId()).matches())
        || !(first.getText() instanceof MarkdownTextObject text)) {
      return Optional.empty();
    }
    return Optional.of(text.getText());
  }

  private static List<Integer> itemNumbers(List<LayoutBlock> blocks) {
    if (blocks == null) {
      return List.of();
    }
    return blocks.stream().map(LayoutBlock::getBlockId).filter(Objects::nonNull).map(ITEM_BLOCK::matcher)
        .filter(Matcher::matches).map(m -> Integer.parseInt(m.group(1))).toList();
  }
}
