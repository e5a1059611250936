package dev.onboardingbuddy.slack;

import static com.slack.api.model.block.Blocks.asBlocks;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import com.slack.api.model.view.Views;
import dev.onboardingbuddy.conversation.MeetingButtons;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Platform;
import dev.onboardingbuddy.notification.ChatGateway;
import dev.onboardingbuddy.notification.Recipient;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Mark review held" opens a modal for the manager's notes; submitting it records the review with the notes and
 * stops its reminders. The modal carries the hire, item and channel in its private metadata.
 */
final class ReviewHeldListeners {
    static final String CALLBACK_ID = "review_notes";
    private static final Logger LOG = LoggerFactory.getLogger(ReviewHeldListeners.class);
    private static final String NOTES_BLOCK = "notes";
    private static final String NOTES_INPUT = "notes_input";

    private final MeetingButtons meetings;
    private final ChatGateway slack;
    private final Executor background;

    ReviewHeldListeners(MeetingButtons meetings, ChatGateway slack, Executor background) {
        this.meetings = meetings;
        this.slack = slack;
        this.background = background;
    }

    /** The button: acknowledged at once; the modal opens right after (its trigger is valid for three seconds). */
    Response button(BlockActionRequest request, ActionContext context) {
        String value = request.getPayload().getActions().get(0).getValue();
        String channel = request.getPayload().getContainer() == null
                ? ""
                : String.valueOf(request.getPayload().getContainer().getChannelId());
        String ts = request.getPayload().getContainer() == null
                ? ""
                : String.valueOf(request.getPayload().getContainer().getMessageTs());
        String triggerId = request.getPayload().getTriggerId();
        background.execute(() -> {
            try {
                context.client()
                        .viewsOpen(open -> open.triggerId(triggerId).view(modal(value + "|" + channel + "|" + ts)));
            } catch (IOException | SlackApiException e) {
                LOG.warn("could not open the review notes modal: {}", e.getMessage());
            }
        });
        return context.ack();
    }

    Response submission(ViewSubmissionRequest request, ViewSubmissionContext context) {
        // hire|item|channel|ts: the button's value, then where the button sat
        String[] parts = String.valueOf(request.getPayload().getView().getPrivateMetadata())
                .split("\\|", -1);
        String value = parts.length < 4 ? "" : parts[0] + "|" + parts[1];
        String channel = parts.length < 4 ? "" : parts[2];
        String ts = parts.length < 4 ? "" : parts[3];
        Optional<Recipient> answerTo =
                present(channel) ? Optional.of(new Recipient.Channel(Platform.SLACK, channel)) : Optional.empty();
        Optional<String> pressedOn =
                present(channel) && present(ts) ? Optional.of(channel + "/" + ts) : Optional.empty();
        ChatUserId manager = ChatUserId.slack(request.getPayload().getUser().getId());
        MeetingButtons.Outcome outcome = meetings.reviewHeld(manager, value, notes(request), answerTo, pressedOn);
        if (outcome instanceof MeetingButtons.Outcome.Refused refused) {
            return context.ackWithErrors(Map.of(NOTES_BLOCK, SlackMarkup.mrkdwn(refused.reason())));
        }
        if (outcome instanceof MeetingButtons.Outcome.Recorded recorded
                && recorded.updated().isPresent()) {
            background.execute(() ->
                    slack.update(pressedOn.orElseThrow(), recorded.updated().get()));
        }
        return context.ack();
    }

    private static boolean present(String part) {
        return !part.isBlank() && !part.equals("null");
    }

    private static String notes(ViewSubmissionRequest request) {
        Map<String, Map<String, ViewState.Value>> values =
                request.getPayload().getView().getState().getValues();
        return Optional.ofNullable(values.get(NOTES_BLOCK))
                .map(block -> block.get(NOTES_INPUT))
                .map(ViewState.Value::getValue)
                .orElse("");
    }

    private static View modal(String metadata) {
        return View.builder()
                .type("modal")
                .callbackId(CALLBACK_ID)
                .privateMetadata(metadata)
                .title(Views.viewTitle(title -> title.type("plain_text").text("Review held")))
                .submit(Views.viewSubmit(submit -> submit.type("plain_text").text("Save")))
                .close(Views.viewClose(close -> close.type("plain_text").text("Cancel")))
                .blocks(asBlocks(input(input -> input.blockId(NOTES_BLOCK)
                        .optional(true)
                        .label(plainText("Notes & feedback"))
                        .element(plainTextInput(
                                text -> text.actionId(NOTES_INPUT).multiline(true))))))
                .build();
    }
}
