package dev.onboardingbuddy.msteams;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.notification.ButtonActions;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.MessageBlock;
import java.util.function.Function;

/**
 * Renders chat-neutral messages as Teams activities: a message with blocks becomes an Adaptive Card 1.5 whose
 * buttons are {@code Action.Execute} (Universal Actions, answered with the updated card) falling back to
 * {@code Action.Submit} on older clients; a message without blocks is markdown text. Checklist lines keep their
 * numbers ({@code 3.}) so {@code done 3} means the same as on Slack. Stateless and thread-safe.
 */
final class AdaptiveCards {
    static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
    /** The card input a manager writes review notes into. */
    static final String NOTES_INPUT = "notes";

    private final Function<ChatUserId, String> names;

    AdaptiveCards(Function<ChatUserId, String> names) {
        this.names = names;
    }

    /** The activity to post or to put in place of an earlier one. */
    ObjectNode activity(ChatMessage message) {
        TeamsMarkup markup = new TeamsMarkup(names);
        ObjectNode activity = JsonNodeFactory.instance.objectNode();
        activity.put("type", "message");
        activity.put("textFormat", "markdown");
        if (message.blocks().isEmpty()) {
            activity.put("text", markup.markdown(message.text()));
        } else {
            activity.put("summary", message.text().plainText());
            ObjectNode attachment = activity.putArray("attachments").addObject();
            attachment.put("contentType", CONTENT_TYPE);
            attachment.set("content", card(message, markup));
        }
        activity.set("entities", markup.mentions());
        return activity;
    }

    /** The card alone, as an {@code adaptiveCard/action} invoke answers with it. */
    ObjectNode card(ChatMessage message) {
        return card(message, new TeamsMarkup(names));
    }

    private static ObjectNode card(ChatMessage message, TeamsMarkup markup) {
        ObjectNode card = JsonNodeFactory.instance.objectNode();
        card.put("type", "AdaptiveCard");
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        card.put("version", "1.5");
        ArrayNode body = card.putArray("body");
        for (MessageBlock block : message.blocks()) {
            render(block, body, markup);
        }
        // The card's mentions must be declared on the card itself, or Teams shows the bare <at> tags.
        card.putObject("msteams").put("width", "Full").set("entities", markup.mentions());
        return card;
    }

    private static void render(MessageBlock block, ArrayNode body, TeamsMarkup markup) {
        if (block instanceof MessageBlock.Header header && !header.text().isBlank()) {
            text(body, header.text()).put("weight", "Bolder").put("size", "Medium");
        } else if (block instanceof MessageBlock.Paragraph paragraph
                && !paragraph.text().isBlank()) {
            text(body, markup.markdown(paragraph.text()));
        } else if (block instanceof MessageBlock.Context context
                && !context.text().isBlank()) {
            text(body, markup.markdown(context.text())).put("isSubtle", true).put("size", "Small");
        } else if (block instanceof MessageBlock.ChecklistLine line) {
            checklistLine(body, line);
        } else if (block instanceof MessageBlock.Buttons buttons) {
            if (buttons.buttons().stream().anyMatch(b -> b.action().equals(ButtonActions.REVIEW_HELD))) {
                body.addObject()
                        .put("type", "Input.Text")
                        .put("id", NOTES_INPUT)
                        .put("isMultiline", true)
                        .put("label", "Notes & feedback")
                        .put("placeholder", "What did you discuss?");
            }
            ArrayNode actions = body.addObject().put("type", "ActionSet").putArray("actions");
            buttons.buttons().forEach(button -> actions.add(action(button)));
        }
    }

    private static void checklistLine(ArrayNode body, MessageBlock.ChecklistLine line) {
        ObjectNode columns = body.addObject().put("type", "ColumnSet").put("id", "item-" + line.number());
        ArrayNode text = columns.putArray("columns")
                .addObject()
                .put("type", "Column")
                .put("width", "stretch")
                .putArray("items");
        String title = line.number() + ". " + line.title().replace("<", "&lt;");
        text(text, line.done() ? "\u2705 " + title : "**" + title + "**").put("isSubtle", line.done());
        if (!line.detail().isBlank() && !line.done()) {
            text(text, "_" + line.detail().strip() + "_")
                    .put("isSubtle", true)
                    .put("size", "Small")
                    .put("spacing", "None");
        }
        if (!line.done() && line.button() != null) {
            columns.withArray("columns")
                    .addObject()
                    .put("type", "Column")
                    .put("width", "auto")
                    .putArray("items")
                    .addObject()
                    .put("type", "ActionSet")
                    .putArray("actions")
                    .add(action(line.button()));
        }
    }

    private static ObjectNode text(ArrayNode body, String text) {
        return body.addObject().put("type", "TextBlock").put("text", text).put("wrap", true);
    }

    /** Execute for Universal Actions, Submit for clients that predate them; both carry the same data back. */
    private static ObjectNode action(MessageBlock.Button button) {
        ObjectNode data = JsonNodeFactory.instance
                .objectNode()
                .put("action", button.action())
                .put("value", button.value());
        ObjectNode execute = JsonNodeFactory.instance
                .objectNode()
                .put("type", "Action.Execute")
                .put("title", button.label())
                .put("verb", button.action());
        execute.set("data", data);
        if (button.primary()) {
            execute.put("style", "positive");
        }
        ObjectNode submit =
                execute.putObject("fallback").put("type", "Action.Submit").put("title", button.label());
        submit.set("data", data.deepCopy());
        return execute;
    }
}
