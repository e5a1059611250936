package dev.onboardingbuddy.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardingbuddy.slack.testkit.RecordedMessage;
import dev.onboardingbuddy.slack.testkit.SlackFixtures;
import dev.onboardingbuddy.slack.testkit.SlackResponse;
import java.util.Map;

/** Presses the Done buttons of a message the bot posted, with the payload Slack sends (block_actions). */
final class DoneButtons {
    private final BotHarness harness;

    DoneButtons(BotHarness harness) {
        this.harness = harness;
    }

    /** The Done button on the line whose text contains {@code title}. */
    static JsonNode buttonFor(JsonNode blocks, String title) {
        for (JsonNode block : blocks) {
            if (block.path("text").path("text").asText().contains(title) && block.has("accessory")) {
                return block.path("accessory");
            }
        }
        throw new AssertionError("no Done button for " + title + " in " + blocks);
    }

    /** {@code user} presses the Done button beside {@code title} in {@code message}. */
    SlackResponse press(String user, RecordedMessage message, String title) {
        JsonNode button = buttonFor(message.blocks(), title);
        return press(
                user,
                message,
                button.path("action_id").asText(),
                button.path("value").asText());
    }

    /** Sends a press with any value, as a forger could. */
    SlackResponse press(String user, RecordedMessage message, String actionId, String value) {
        String payload = SlackFixtures.load(
                "block_actions_done.json",
                Map.of(
                        "user",
                        user,
                        "message_ts",
                        message.ts(),
                        "channel",
                        message.channel(),
                        "action_id",
                        actionId,
                        "item_key",
                        "unused"));
        ObjectNode tree = (ObjectNode) BotHarness.json(payload);
        ((ObjectNode) tree.get("actions").get(0)).put("value", value);
        ((ObjectNode) tree.get("message")).set("blocks", message.blocks());
        return harness.requests().send(harness.requests().interactivity(tree.toString()));
    }
}
