package dev.onboardingbuddy.app;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardingbuddy.slack.testkit.SlackFixtures;
import dev.onboardingbuddy.slack.testkit.SlackResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Opens people's App Home tabs and presses the Done buttons there, with the payloads Slack sends. */
final class HomeTabs {
    private final BotHarness harness;

    HomeTabs(BotHarness harness) {
        this.harness = harness;
    }

    /** {@code app_home_opened} on the Home tab, signed as Slack signs it. */
    SlackResponse open(String user) {
        return openTab(user, "home");
    }

    SlackResponse openTab(String user, String tab) {
        String json = SlackFixtures.load(
                "app_home_opened.json",
                Map.of("user", user, "channel", BotHarness.dmChannel(user), "event_id", harness.nextEventId()));
        ObjectNode root = (ObjectNode) BotHarness.json(json);
        ((ObjectNode) root.get("event")).put("tab", tab);
        return harness.requests().send(harness.requests().event(root.toString()));
    }

    long publishesTo(String user) {
        return harness.slack.calls("views.publish").stream()
                .filter(call -> user.equals(call.param("user_id")))
                .count();
    }

    /** Opens the user's home and waits for the view published after it. */
    JsonNode opened(String user) {
        long before = publishesTo(user);
        SlackResponse response = open(user);
        if (response.status() != 200) {
            throw new AssertionError("app_home_opened got " + response.status() + ": " + response.body());
        }
        return awaitPublishedAfter(user, before);
    }

    /**
     * Opens the user's home and waits until it shows {@code text}. Homes are also published after changes, and a round
     * that began before the test's last change may land after the open: waiting for what the test expects, rather than
     * for the next publish, keeps a test from reading that older home.
     */
    JsonNode openedShowing(String user, String text) {
        SlackResponse response = open(user);
        if (response.status() != 200) {
            throw new AssertionError("app_home_opened got " + response.status() + ": " + response.body());
        }
        return awaitHome(user, view -> text(view).contains(text));
    }

    JsonNode awaitPublishedAfter(String user, long publishesBefore) {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> publishesTo(user) > publishesBefore
                        && harness.slack.homeOf(user).isPresent());
        return harness.slack.homeOf(user).orElseThrow();
    }

    /**
     * Waits until the user's home shows what the test expects, however many publishes that takes. Generous: a test
     * that seeds hundreds of hires queues a refresh for each on the refresher's one thread, and a busy CI machine
     * works through them slowly.
     */
    JsonNode awaitHome(String user, Predicate<JsonNode> shows) {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> harness.slack.homeOf(user).filter(shows).isPresent());
        return harness.slack.homeOf(user).orElseThrow();
    }

    /** Every text of the view, one per line, as a person would read it. */
    static String text(JsonNode view) {
        List<String> texts = new ArrayList<>();
        for (JsonNode block : view.path("blocks")) {
            if (block.has("text")) {
                texts.add(block.path("text").path("text").asText());
            }
            for (JsonNode element : block.path("elements")) {
                texts.add(element.path("text").asText());
            }
        }
        return String.join("\n", texts);
    }

    /** The Done button on the line whose text contains {@code title}. */
    static JsonNode doneButton(JsonNode view, String title) {
        for (JsonNode block : view.path("blocks")) {
            if (block.path("text").path("text").asText().contains(title) && block.has("accessory")) {
                return block.path("accessory");
            }
        }
        throw new AssertionError("no Done button for " + title + " in " + view);
    }

    static List<JsonNode> doneButtons(JsonNode view) {
        List<JsonNode> buttons = new ArrayList<>();
        view.path("blocks").forEach(block -> {
            if (block.has("accessory")) {
                buttons.add(block.path("accessory"));
            }
        });
        return buttons;
    }

    /** {@code user} presses Done beside {@code title} on the home Slack shows them. */
    SlackResponse pressDone(String user, JsonNode view, String title) {
        JsonNode button = doneButton(view, title);
        return press(
                user,
                view,
                button.path("action_id").asText(),
                button.path("value").asText());
    }

    SlackResponse press(String user, JsonNode view, String actionId, String value) {
        return harness.requests().send(harness.requests().interactivity(payload(user, view, actionId, value)));
    }

    /** The block_actions payload of a press on a home tab: a view container, the view, and no message. */
    static String payload(String user, JsonNode view, String actionId, String value) {
        String json = SlackFixtures.load(
                "block_actions_home_done.json",
                Map.of("user", user, "view_id", view.path("id").asText(), "action_id", actionId, "value", value));
        ObjectNode tree = (ObjectNode) BotHarness.json(json);
        ((ObjectNode) tree.get("view")).set("blocks", view.path("blocks"));
        return tree.toString();
    }
}
