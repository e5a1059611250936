package dev.onboardingbuddy.app;

import static dev.onboardingbuddy.app.BotHarness.ADMIN;
import static dev.onboardingbuddy.app.BotHarness.HIRE;
import static dev.onboardingbuddy.app.BotHarness.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardingbuddy.slack.testkit.RecordedCall;
import dev.onboardingbuddy.slack.testkit.SlackFixtures;
import dev.onboardingbuddy.slack.testkit.SlackResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The core loop as Slack drives it: enrol, the DM arrives, `done 1`, status, the Done button, status again. */
class OnboardingLoopEndToEndTest {
    // Monday 7 December 2026, 10:00 in Berlin: week 1 (released at 09:00 local) is due.
    private static final Instant MONDAY_TEN_BERLIN = Instant.parse("2026-12-07T09:00:00Z");
    private static final Pattern FIRST_FRACTION = Pattern.compile("(\\d+)/(\\d+)");

    @TempDir
    Path directory;

    BotHarness harness;

    @BeforeEach
    void start() {
        harness = new BotHarness(directory, MONDAY_TEN_BERLIN);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private void enrolHire() {
        String ack = harness.commandText(ADMIN, "start <@UHIRE|hire> <@UMGR|boss> backend-engineer 2026-12-07");
        assertThat(ack).contains("Enrolling <@UHIRE>");
        await().atMost(Duration.ofSeconds(10)).until(() -> !harness.responses().isEmpty());
        assertThat(harness.responses().get(0))
                .contains("Enrolled <@UHIRE>", "backend-engineer", "2026-12-07", "Europe/Berlin");
    }

    private List<RecordedCall> dmsToHire(int atLeast) {
        await().atMost(Duration.ofSeconds(10)).until(() -> postsTo("DHIRE").size() >= atLeast);
        return postsTo("DHIRE");
    }

    private List<RecordedCall> postsTo(String channel) {
        return harness.posts().stream()
                .filter(call -> channel.equals(call.param("channel")))
                .toList();
    }

    private static int[] firstFraction(String text) {
        Matcher matcher = FIRST_FRACTION.matcher(text);
        assertThat(matcher.find()).as("a done/total fraction in: %s", text).isTrue();
        return new int[] {Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))};
    }

    @Test
    void aHireIsEnrolledGetsWeekOneCompletesItemsByTextAndButtonAndStatusFollows() throws Exception {
        enrolHire();

        List<RecordedCall> dms = dmsToHire(1);
        RecordedCall weekOne = dms.stream()
                .filter(call -> call.param("text").startsWith("Week 1"))
                .findFirst()
                .orElseThrow();
        assertThat(weekOne.param("text")).contains("1. Complete IT setup and access provisioning");
        JsonNode blocks = BotHarness.json(weekOne.param("blocks"));
        assertThat(blocks.toString()).contains("item_done");
        assertThat(harness.slack.calls("conversations.open")).isNotEmpty();

        SlackResponse reply = harness.dm(HIRE, "done 1");
        assertThat(reply.status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> postsTo("DHIRE").stream()
                        .anyMatch(call -> call.param("text").contains("Done: 1. Complete IT setup")));

        String status = harness.commandText(MANAGER, "status");
        assertThat(firstFraction(status)[0]).isEqualTo(1);
        assertThat(status).contains("<@UHIRE>");

        String messageTs = harness.slack.messagesTo("DHIRE").stream()
                .filter(message -> message.text().startsWith("Week 1"))
                .findFirst()
                .orElseThrow()
                .ts();
        JsonNode button = findButton(blocks, "Set up development environment and tools");
        String payload = SlackFixtures.load(
                "block_actions_done.json",
                Map.of(
                        "user",
                        HIRE,
                        "message_ts",
                        messageTs,
                        "channel",
                        "DHIRE",
                        "action_id",
                        button.path("action_id").asText(),
                        "item_key",
                        "unused"));
        ObjectNode tree = (ObjectNode) BotHarness.json(payload);
        ((ObjectNode) tree.get("actions").get(0))
                .put("value", button.path("value").asText());
        ((ObjectNode) tree.get("message")).set("blocks", blocks);
        SlackResponse pressed = harness.requests().send(harness.requests().interactivity(tree.toString()));
        assertThat(pressed.status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> firstFraction(harness.commandText(MANAGER, "status"))[0] == 2);
        List<RecordedCall> updates = harness.slack.awaitCalls("chat.update", 1);
        assertThat(updates.get(0).param("ts")).isEqualTo(messageTs);
        assertThat(updates.get(0).param("blocks")).contains("~");
    }

    private static JsonNode findButton(JsonNode blocks, String title) {
        for (JsonNode block : blocks) {
            if (block.path("text").path("text").asText().contains(title)) {
                return block.path("accessory");
            }
        }
        throw new AssertionError("no line for " + title + " in " + blocks);
    }
}
