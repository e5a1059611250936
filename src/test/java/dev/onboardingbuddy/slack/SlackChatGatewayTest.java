package dev.onboardingbuddy.slack;

import static dev.onboardingbuddy.slack.SlackGatewayHarness.AIKO;
import static dev.onboardingbuddy.slack.SlackGatewayHarness.json;
import static dev.onboardingbuddy.slack.SlackGatewayHarness.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.People;
import dev.onboardingbuddy.enrollment.Platform;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.MessageBlock;
import dev.onboardingbuddy.notification.Recipient;
import dev.onboardingbuddy.notification.Text;
import dev.onboardingbuddy.slack.testkit.FakeSlackApi;
import dev.onboardingbuddy.slack.testkit.LoopbackSlackSettings;
import dev.onboardingbuddy.slack.testkit.RecordedCall;
import dev.onboardingbuddy.slack.testkit.RecordedMessage;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gateway's happy paths against the real SDK and a fake Slack Web API on loopback. */
class SlackChatGatewayTest {

    private SlackGatewayHarness harness;
    private FakeSlackApi fake;
    private SlackChatGateway gateway;

    @BeforeEach
    void start() {
        harness = new SlackGatewayHarness();
        fake = harness.fake();
        gateway = harness.gateway();
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    @Test
    void aDirectMessageOpensTheConversationAndPostsToItsDChannel() throws Exception {
        String ref = gateway.send(message("release:H1:week1:1", AIKO));

        // The SDK itself calls auth.test once per token (its team-id cache for metrics): not ours to assert.
        List<RecordedCall> calls = fake.calls().stream()
                .filter(call -> !call.method().equals("auth.test"))
                .toList();
        assertThat(calls).extracting(RecordedCall::method).containsExactly("conversations.open", "chat.postMessage");
        assertThat(calls.get(0).param("users")).isEqualTo("U0AIKO");
        RecordedCall post = calls.get(1);
        assertThat(post.param("channel")).isEqualTo("D0AIKO");
        assertThat(post.param("text")).isEqualTo("Week 1\n1. Laptop");
        JsonNode blocks = json(post.param("blocks"));
        assertThat(blocks.get(0).path("type").asText()).isEqualTo("header");
        assertThat(blocks.get(1).path("accessory").path("action_id").asText()).isEqualTo("item_done");
        JsonNode metadata = json(post.param("metadata"));
        assertThat(metadata.path("event_type").asText()).isEqualTo(SlackChatGateway.METADATA_EVENT_TYPE);
        assertThat(metadata.path("event_payload").path("idempotency_key").asText())
                .isEqualTo("release:H1:week1:1");
        String ts = fake.messagesTo("D0AIKO").get(0).ts();
        assertThat(ref).isEqualTo("D0AIKO/" + ts);
    }

    @Test
    void theDirectMessageChannelIsOpenedOnceAndThenCached() {
        gateway.send(message("k1", AIKO));
        gateway.send(message("k2", AIKO));

        assertThat(fake.calls("conversations.open")).hasSize(1);
        assertThat(fake.messagesTo("D0AIKO")).hasSize(2);
    }

    @Test
    void aGroupMessageOpensOneConversationWithEveryone() {
        Recipient intro = new Recipient.Group(List.of(ChatUserId.slack("U0AIKO"), ChatUserId.slack("U0BEN")));

        String ref = gateway.send(message("intro:H1", intro));

        assertThat(fake.calls("conversations.open").get(0).param("users").split(","))
                .containsExactlyInAnyOrder("U0AIKO", "U0BEN");
        String channel = fake.calls("chat.postMessage").get(0).param("channel");
        assertThat(channel).startsWith("G");
        assertThat(ref).startsWith(channel + "/");
    }

    @Test
    void aChannelMessageGoesToTheChannelAsIs() {
        String ref = gateway.send(message("digest:2025-03-03", new Recipient.Channel(Platform.SLACK, "C0MANAGERS")));

        assertThat(fake.calls("conversations.open")).isEmpty();
        assertThat(fake.calls("chat.postMessage").get(0).param("channel")).isEqualTo("C0MANAGERS");
        assertThat(ref).startsWith("C0MANAGERS/");
    }

    @Test
    void findSentFindsTheMessageSentUnderTheKeyAndNothingForAnotherKey() {
        String ref = gateway.send(message("release:H1:week1:1", AIKO));
        gateway.send(message("release:H1:week2:5", AIKO));

        assertThat(gateway.findSent(message("release:H1:week1:1", AIKO))).contains(ref);
        assertThat(gateway.findSent(message("release:H1:week3:9", AIKO))).isEmpty();
        RecordedCall history = fake.calls("conversations.history").get(0);
        assertThat(history.param("channel")).isEqualTo("D0AIKO");
        assertThat(history.param("include_all_metadata")).isIn("true", "1");
        assertThat(history.param("limit")).isEqualTo("100");
    }

    @Test
    void findSentPagesPastTheNewest100MessagesWithSlacksCursor() {
        String ref = gateway.send(message("release:H1:week1:1", AIKO));
        fake.messagesFromOthers("D0AIKO", 150);

        assertThat(gateway.findSent(message("release:H1:week1:1", AIKO))).contains(ref);
        List<RecordedCall> pages = fake.calls("conversations.history");
        assertThat(pages).hasSize(2);
        assertThat(pages.get(0).param("cursor")).isNull();
        assertThat(pages.get(1).param("cursor")).isNotBlank();
    }

    @Test
    void findSentStopsAfterABoundedNumberOfPages() {
        gateway.send(message("release:H1:week1:1", AIKO));
        fake.messagesFromOthers("D0AIKO", SlackChatGateway.HISTORY_LIMIT * SlackChatGateway.HISTORY_PAGES);

        assertThat(gateway.findSent(message("release:H1:week1:1", AIKO))).isEmpty();
        assertThat(fake.calls("conversations.history")).hasSize(SlackChatGateway.HISTORY_PAGES);
    }

    @Test
    void updateReplacesTextAndBlocksOfTheReferencedMessage() throws Exception {
        String ref = gateway.send(message("k", AIKO));
        ChatMessage ticked = new ChatMessage(
                Text.plain("Week 1\n1. Laptop (done)"),
                List.of(new MessageBlock.ChecklistLine(1, "Laptop", "", true, null)));

        gateway.update(ref, ticked);

        RecordedCall update = fake.calls("chat.update").get(0);
        assertThat(update.param("channel") + "/" + update.param("ts")).isEqualTo(ref);
        assertThat(json(update.param("blocks")).get(0).path("block_id").asText())
                .isEqualTo("item:1");
        RecordedMessage after = fake.messagesTo("D0AIKO").get(0);
        assertThat(after.text()).isEqualTo("Week 1\n1. Laptop (done)");
        assertThat(after.blocks().get(0).path("text").path("text").asText()).isEqualTo("~1. Laptop~ ✅");
    }

    @Test
    void updateRejectsARefThatIsNotChannelSlashTs() {
        assertThatThrownBy(() -> gateway.update("D0AIKO", ChatMessage.plain("x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> gateway.update("D0AIKO/", ChatMessage.plain("x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(fake.calls("chat.update")).isEmpty();
    }

    @Test
    void theBoltAppsClientCanBeSharedWithTheGateway() {
        var settings = LoopbackSlackSettings.of("xoxb-bolt-test-" + UUID.randomUUID(), "secret", fake.url());
        var app = new SlackAppFactory(settings).createApp();
        var shared = new SlackChatGateway(SlackWebApi.of(app), new BlockKitRenderer());

        String ref = shared.send(message("k", new Recipient.Channel(Platform.SLACK, "C1")));

        assertThat(ref).startsWith("C1/");
        assertThat(fake.calls("chat.postMessage").get(0).authorization())
                .isEqualTo("Bearer " + settings.botToken().value());
    }

    @Test
    void peopleReadTheUsersProfileZoneAndName() {
        fake.user("U0AIKO", "Aiko Tanaka", ZoneId.of("Asia/Tokyo"));

        Optional<People.Person> aiko = harness.people().find(ChatUserId.slack("U0AIKO"));

        assertThat(aiko).hasValueSatisfying(person -> {
            assertThat(person.id()).isEqualTo(ChatUserId.slack("U0AIKO"));
            assertThat(person.zone()).contains(ZoneId.of("Asia/Tokyo"));
            assertThat(person.displayName()).isEqualTo("Aiko Tanaka");
        });
        assertThat(fake.calls("users.info").get(0).param("user")).isEqualTo("U0AIKO");
    }

    @Test
    void anUnknownUserIsNotFound() {
        fake.errorNext("users.info", 1, "user_not_found");

        assertThat(harness.people().find(ChatUserId.slack("U0NOBODY"))).isEqualTo(Optional.empty());
    }
}
