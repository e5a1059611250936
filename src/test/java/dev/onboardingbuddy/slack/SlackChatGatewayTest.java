package dev.onboardingbuddy.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.DeliveryFailure;
import dev.onboardingbuddy.notification.MessageBlock;
import dev.onboardingbuddy.notification.OutboundMessage;
import dev.onboardingbuddy.notification.Recipient;
import dev.onboardingbuddy.slack.testkit.FakeSlackApi;
import dev.onboardingbuddy.slack.testkit.RecordedCall;
import dev.onboardingbuddy.slack.testkit.RecordedMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gateway against the real SDK and a fake Slack Web API on loopback. */
class SlackChatGatewayTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Recipient AIKO = new Recipient.DirectMessage(new ChatUserId("U0AIKO"));

    private final String token = "xoxb-gateway-test-" + UUID.randomUUID();
    private FakeSlackApi fake;
    private Slack slack;
    private SlackChatGateway gateway;

    @BeforeEach
    void start() {
        fake = new FakeSlackApi();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(fake.url().toString());
        slack = Slack.getInstance(config);
        gateway = new SlackChatGateway(slack.methods(token), new BlockKitRenderer());
    }

    @AfterEach
    void stop() throws Exception {
        slack.close();
        fake.close();
    }

    private static OutboundMessage message(String key, Recipient to) {
        ChatMessage content = new ChatMessage("Week 1\n1. Laptop", List.of(new MessageBlock.Header("Week 1"),
                new MessageBlock.ChecklistLine(1, "Laptop", "", false,
                        new MessageBlock.Button("item_done", "Done", "H1|laptop", false))));
        return new OutboundMessage(key, to, content, Instant.parse("2025-03-03T08:00:00Z"));
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void aDirectMessageOpensTheConversationAndPostsToItsDChannel() throws Exception {
        String ref = gateway.send(message("release:H1:week1:1", AIKO));

        // The SDK itself calls auth.test once per token (its team-id cache for metrics): not ours to assert.
        List<RecordedCall> calls = fake.calls().stream().filter(call -> !call.method().equals("auth.test")).toList();
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
        assertThat(metadata.path("event_payload").path("idempotency_key").asText()).isEqualTo("release:H1:week1:1");
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
        Recipient intro = new Recipient.Group(List.of(new ChatUserId("U0AIKO"), new ChatUserId("U0BEN")));

        String ref = gateway.send(message("intro:H1", intro));

        assertThat(fake.calls("conversations.open").get(0).param("users").split(","))
                .containsExactlyInAnyOrder("U0AIKO", "U0BEN");
        String channel = fake.calls("chat.postMessage").get(0).param("channel");
        assertThat(channel).startsWith("G");
        assertThat(ref).startsWith(channel + "/");
    }

    @Test
    void aChannelMessageGoesToTheChannelAsIs() {
        String ref = gateway.send(message("digest:2025-03-03", new Recipient.Channel("C0MANAGERS")));

        assertThat(fake.calls("conversations.open")).isEmpty();
        assertThat(fake.calls("chat.postMessage").get(0).param("channel")).isEqualTo("C0MANAGERS");
        assertThat(ref).startsWith("C0MANAGERS/");
    }

    @Test
    void aServerErrorIsRetryable() {
        fake.failNext("chat.postMessage", 1, 500);

        DeliveryFailure failure = catchThrowableOfType(DeliveryFailure.class,
                () -> gateway.send(message("k", AIKO)));

        assertThat(failure.retryable()).isTrue();
        assertThat(failure.retryAfter()).isEmpty();
        assertThat(failure.getMessage()).contains("chat.postMessage", "500");
    }

    @Test
    void http429IsRateLimitedForTheRetryAfterSeconds() {
        fake.rateLimitNext("chat.postMessage", 1, 7);

        DeliveryFailure failure = catchThrowableOfType(DeliveryFailure.class,
                () -> gateway.send(message("k", AIKO)));

        assertThat(failure.retryable()).isTrue();
        assertThat(failure.retryAfter()).contains(Duration.ofSeconds(7));
    }

    @Test
    void okFalseRatelimitedWithoutAHeaderWaitsTheDefault() {
        fake.errorNext("chat.postMessage", 1, "ratelimited");

        DeliveryFailure failure = catchThrowableOfType(DeliveryFailure.class,
                () -> gateway.send(message("k", AIKO)));

        assertThat(failure.retryAfter()).contains(Duration.ofSeconds(30));
    }

    @Test
    void anUnknownChannelIsPermanentAndNamesSlacksError() {
        fake.errorNext("chat.postMessage", 1, "channel_not_found");

        DeliveryFailure failure = catchThrowableOfType(DeliveryFailure.class,
                () -> gateway.send(message("k", new Recipient.Channel("C0GONE"))));

        assertThat(failure.retryable()).isFalse();
        assertThat(failure.getMessage()).contains("channel_not_found");
    }

    @Test
    void aTransientSlackErrorIsRetryable() {
        fake.errorNext("chat.postMessage", 1, "internal_error");

        DeliveryFailure failure = catchThrowableOfType(DeliveryFailure.class,
                () -> gateway.send(message("k", AIKO)));

        assertThat(failure.retryable()).isTrue();
        assertThat(failure.getMessage()).contains("internal_error");
    }

    @Test
    void aFailedConversationsOpenIsPermanentAndNotCached() {
        fake.errorNext("conversations.open", 1, "user_not_found");

        DeliveryFailure failure = catchThrowableOfType(DeliveryFailure.class,
                () -> gateway.send(message("k", AIKO)));
        gateway.send(message("k", AIKO));

        assertThat(failure.retryable()).isFalse();
        assertThat(failure.getMessage()).contains("conversations.open", "user_not_found");
        assertThat(fake.calls("conversations.open")).hasSize(2);
        assertThat(fake.messagesTo("D0AIKO")).hasSize(1);
    }

    @Test
    void anUnreachableSlackIsRetryable() {
        fake.close();

        DeliveryFailure failure = catchThrowableOfType(DeliveryFailure.class,
                () -> gateway.send(message("k", new Recipient.Channel("C1"))));

        assertThat(failure.retryable()).isTrue();
        assertThat(failure.getMessage()).contains("could not reach Slack");
    }

    @Test
    void noFailureMessageContainsTheToken() {
        fake.failNext("chat.postMessage", 1, 500);
        fake.rateLimitNext("chat.postMessage", 1, 3);
        fake.errorNext("chat.postMessage", 1, "invalid_auth");
        fake.errorNext("users.info", 1, "account_inactive");

        List<DeliveryFailure> failures = List.of(
                catchThrowableOfType(DeliveryFailure.class, () -> gateway.send(message("k", AIKO))),
                catchThrowableOfType(DeliveryFailure.class, () -> gateway.send(message("k", AIKO))),
                catchThrowableOfType(DeliveryFailure.class, () -> gateway.send(message("k", AIKO))),
                catchThrowableOfType(DeliveryFailure.class, () -> gateway.timeZoneOf("U0AIKO")));

        assertThat(failures).allSatisfy(failure -> {
            assertThat(failure.getMessage()).doesNotContain(token);
            assertThat(String.valueOf(failure.getCause())).doesNotContain(token);
        });
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
    void findSentMapsFailuresLikeSend() {
        fake.failNext("conversations.history", 1, 503);

        DeliveryFailure failure = catchThrowableOfType(DeliveryFailure.class,
                () -> gateway.findSent(message("k", AIKO)));

        assertThat(failure.retryable()).isTrue();
    }

    @Test
    void updateReplacesTextAndBlocksOfTheReferencedMessage() throws Exception {
        String ref = gateway.send(message("k", AIKO));
        ChatMessage ticked = new ChatMessage("Week 1\n1. Laptop (done)", List.of(
                new MessageBlock.ChecklistLine(1, "Laptop", "", true, null)));

        gateway.update(ref, ticked);

        RecordedCall update = fake.calls("chat.update").get(0);
        assertThat(update.param("channel") + "/" + update.param("ts")).isEqualTo(ref);
        assertThat(json(update.param("blocks")).get(0).path("block_id").asText()).isEqualTo("item:1");
        RecordedMessage after = fake.messagesTo("D0AIKO").get(0);
        assertThat(after.text()).isEqualTo("Week 1\n1. Laptop (done)");
        assertThat(after.blocks().get(0).path("text").path("text").asText()).isEqualTo("~1. Laptop~ ✅");
    }

    @Test
    void updateOfAMessageSlackDoesNotKnowIsPermanent() {
        DeliveryFailure failure = catchThrowableOfType(DeliveryFailure.class,
                () -> gateway.update("D0AIKO/1.000001", ChatMessage.plain("x")));

        assertThat(failure.retryable()).isFalse();
        assertThat(failure.getMessage()).contains("message_not_found");
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
        var settings = new SlackSettings("xoxb-bolt-test-" + UUID.randomUUID(), "secret", fake.url());
        var app = new SlackAppFactory(settings).createApp();
        var shared = new SlackChatGateway(app.client(), new BlockKitRenderer());

        String ref = shared.send(message("k", new Recipient.Channel("C1")));

        assertThat(ref).startsWith("C1/");
        assertThat(fake.calls("chat.postMessage").get(0).authorization()).isEqualTo("Bearer " + settings.botToken());
    }

    @Test
    void timeZoneOfReadsTheUsersProfileZone() {
        fake.user("U0AIKO", "Aiko Tanaka", ZoneId.of("Asia/Tokyo"));

        assertThat(gateway.timeZoneOf("U0AIKO")).contains(ZoneId.of("Asia/Tokyo"));
        assertThat(fake.calls("users.info").get(0).param("user")).isEqualTo("U0AIKO");
    }

    @Test
    void timeZoneOfAnUnknownUserIsEmpty() {
        fake.errorNext("users.info", 1, "user_not_found");

        assertThat(gateway.timeZoneOf("U0NOBODY")).isEqualTo(Optional.empty());
    }

    @Test
    void timeZoneOfFailsWhenSlackRefusesForAnotherReason() {
        fake.errorNext("users.info", 1, "invalid_auth");

        DeliveryFailure failure = catchThrowableOfType(DeliveryFailure.class, () -> gateway.timeZoneOf("U0AIKO"));

        assertThat(failure.retryable()).isFalse();
        assertThat(failure.getMessage()).contains("invalid_auth");
    }
}
