package dev.onboardingbuddy.slack;

import static com.slack.api.model.block.Blocks.asBlocks;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.datePicker;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.block.element.BlockElements.usersSelect;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import com.slack.api.model.view.Views;
import dev.onboardingbuddy.conversation.WelcomeNewcomers;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.notification.ChatGateway;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admins' offer of a newcomer nobody expected: <b>Enrol</b> opens a modal (template, manager, start date) whose
 * submission enrols them as {@code start} would; <b>Ignore</b> just says so in the offer. The modal carries the
 * newcomer and where the offer sits in its private metadata, so the offer can be updated after the submission.
 */
final class NewcomerListeners {
    static final String CALLBACK_ID = "newcomer_enrol";
    private static final Logger LOG = LoggerFactory.getLogger(NewcomerListeners.class);
    private static final String TEMPLATE = "template";
    private static final String MANAGER = "manager";
    private static final String START = "start";

    private final WelcomeNewcomers newcomers;
    private final ChatGateway slack;
    private final Executor background;

    NewcomerListeners(WelcomeNewcomers newcomers, ChatGateway slack, Executor background) {
        this.newcomers = newcomers;
        this.slack = slack;
        this.background = background;
    }

    /** Acknowledged at once; the modal opens right after (its trigger is valid for three seconds). */
    Response enrolButton(BlockActionRequest request, ActionContext context) {
        String newcomer = request.getPayload().getActions().get(0).getValue();
        String where = pressedOn(request).orElse("");
        String triggerId = request.getPayload().getTriggerId();
        background.execute(() -> {
            try {
                context.client().viewsOpen(open -> open.triggerId(triggerId).view(modal(newcomer + "|" + where)));
            } catch (IOException | SlackApiException e) {
                LOG.warn("could not open the enrol modal: {}", e.getMessage());
            }
        });
        return context.ack();
    }

    Response ignoreButton(BlockActionRequest request, ActionContext context) {
        ChatUserId admin = ChatUserId.slack(request.getPayload().getUser().getId());
        ChatUserId newcomer =
                ChatUserId.fromStored(request.getPayload().getActions().get(0).getValue());
        pressedOn(request)
                .ifPresent(ref -> background.execute(() -> slack.update(ref, newcomers.ignore(admin, newcomer))));
        return context.ack();
    }

    Response submission(ViewSubmissionRequest request, ViewSubmissionContext context) {
        String[] parts = String.valueOf(request.getPayload().getView().getPrivateMetadata())
                .split("\\|", 2);
        ChatUserId newcomer = ChatUserId.fromStored(parts[0]);
        Optional<String> offer = Optional.of(parts.length > 1 ? parts[1] : "").filter(ref -> ref.contains("/"));
        Map<String, Map<String, ViewState.Value>> values =
                request.getPayload().getView().getState().getValues();
        Optional<String> template =
                value(values, TEMPLATE).map(ViewState.Value::getSelectedOption).map(selected -> selected.getValue());
        Optional<String> manager = value(values, MANAGER).map(ViewState.Value::getSelectedUser);
        Optional<LocalDate> start =
                value(values, START).map(ViewState.Value::getSelectedDate).map(LocalDate::parse);
        if (manager.isEmpty()) {
            return context.ackWithErrors(Map.of(MANAGER, "Choose the hire's manager."));
        }
        ChatUserId admin = ChatUserId.slack(request.getPayload().getUser().getId());
        background.execute(() -> {
            try {
                var updated = newcomers.enrol(admin, newcomer, template, ChatUserId.slack(manager.get()), start);
                offer.ifPresent(ref -> slack.update(ref, updated));
            } catch (RuntimeException e) {
                LOG.error("could not enrol {} from the admins' offer", newcomer.stored(), e);
            }
        });
        return context.ack();
    }

    private static Optional<String> pressedOn(BlockActionRequest request) {
        return Optional.ofNullable(request.getPayload().getContainer())
                .filter(container -> container.getChannelId() != null && container.getMessageTs() != null)
                .map(container -> container.getChannelId() + "/" + container.getMessageTs());
    }

    private static Optional<ViewState.Value> value(Map<String, Map<String, ViewState.Value>> values, String block) {
        return Optional.ofNullable(values.get(block)).map(inputs -> inputs.get(block));
    }

    private View modal(String metadata) {
        return View.builder()
                .type("modal")
                .callbackId(CALLBACK_ID)
                .privateMetadata(metadata)
                .title(Views.viewTitle(title -> title.type("plain_text").text("Enrol newcomer")))
                .submit(Views.viewSubmit(submit -> submit.type("plain_text").text("Enrol")))
                .close(Views.viewClose(close -> close.type("plain_text").text("Cancel")))
                .blocks(asBlocks(
                        input(input -> input.blockId(TEMPLATE)
                                .label(plainText("Checklist"))
                                .element(staticSelect(select -> select.actionId(TEMPLATE)
                                        .options(newcomers.templates().stream()
                                                .map(id -> option(plainText(id), id))
                                                .toList())))),
                        input(input -> input.blockId(MANAGER)
                                .label(plainText("Manager"))
                                .element(usersSelect(select -> select.actionId(MANAGER)))),
                        input(input -> input.blockId(START)
                                .optional(true)
                                .label(plainText("First day (default: today)"))
                                .element(datePicker(picker -> picker.actionId(START))))))
                .build();
    }
}
