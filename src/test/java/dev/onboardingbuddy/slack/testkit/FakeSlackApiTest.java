package dev.onboardingbuddy.slack.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.model.Message;
import com.slack.api.model.Message.Metadata;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake proves itself against the real SDK client, the only client that matters. */
class FakeSlackApiTest {

    private final String token = "xoxb-fake-test-" + UUID.randomUUID();
    private FakeSlackApi fake;
    private Slack slack;
    private MethodsClient client;

    @BeforeEach
    void start() {
        fake = new FakeSlackApi();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(fake.url().toString());
        slack = Slack.getInstance(config);
        client = slack.methods(token);
    }

    @AfterEach
    void stop() throws Exception {
        slack.close();
        fake.close();
    }

    @Test
    void urlIsLoopbackAndEndsInApiSlash() {
        assertThat(fake.url().toString()).startsWith("http://127.0.0.1:").endsWith("/api/");
    }

    @Test
    void authTestAnswersAsTheBotUser() throws Exception {
        var response = client.authTest(r -> r);

        assertThat(response.isOk()).isTrue();
        assertThat(response.getUserId()).isEqualTo("UBOT");
        assertThat(response.getBotId()).isEqualTo("BBOT");
        assertThat(response.getTeamId()).isEqualTo("T0FAKE");
    }

    @Test
    void recordsEveryCallWithItsParamsAndBearerToken() throws Exception {
        client.chatPostMessage(r -> r.channel("D123").text("Grüße ✅"));

        List<RecordedCall> calls = fake.calls("chat.postMessage");
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).param("channel")).isEqualTo("D123");
        assertThat(calls.get(0).param("text")).isEqualTo("Grüße ✅");
        assertThat(calls.get(0).authorization()).isEqualTo("Bearer " + token);
        assertThat(calls.get(0).at()).isNotNull();
    }

    @Test
    void conversationsOpenReturnsAStableDirectMessageChannelPerUser() throws Exception {
        String first = client.conversationsOpen(r -> r.users(List.of("U111")))
                .getChannel()
                .getId();
        String again = client.conversationsOpen(r -> r.users(List.of("U111")))
                .getChannel()
                .getId();
        String other = client.conversationsOpen(r -> r.users(List.of("U222")))
                .getChannel()
                .getId();
        String group = client.conversationsOpen(r -> r.users(List.of("U111", "U222")))
                .getChannel()
                .getId();

        assertThat(first).startsWith("D").isEqualTo(again).isNotEqualTo(other);
        assertThat(group).startsWith("G");
    }

    @Test
    void postedMessagesComeBackNewestFirstWithMetadataOnlyWhenAsked() throws Exception {
        Metadata metadata = Metadata.builder()
                .eventType("checklist_item")
                .eventPayload(Map.of("item", "laptop"))
                .build();
        ChatPostMessageResponse first =
                client.chatPostMessage(r -> r.channel("D1").text("one").metadata(metadata));
        ChatPostMessageResponse second =
                client.chatPostMessage(r -> r.channel("D1").text("two"));

        ConversationsHistoryResponse withMetadata =
                client.conversationsHistory(r -> r.channel("D1").includeAllMetadata(true));
        ConversationsHistoryResponse plain = client.conversationsHistory(r -> r.channel("D1"));

        assertThat(Double.parseDouble(second.getTs())).isGreaterThan(Double.parseDouble(first.getTs()));
        assertThat(withMetadata.getMessages()).extracting(Message::getText).containsExactly("two", "one");
        assertThat(withMetadata.getMessages().get(1).getMetadata().getEventType())
                .isEqualTo("checklist_item");
        assertThat(withMetadata.getMessages().get(1).getMetadata().getEventPayload())
                .containsEntry("item", "laptop");
        assertThat(plain.getMessages().get(1).getMetadata()).isNull();
        assertThat(fake.messagesTo("D1")).extracting(RecordedMessage::text).containsExactly("one", "two");
    }

    @Test
    void chatUpdateChangesTheRecordedMessage() throws Exception {
        String ts = client.chatPostMessage(r -> r.channel("D1").text("before")).getTs();

        var response = client.chatUpdate(r -> r.channel("D1").ts(ts).text("after"));

        assertThat(response.isOk()).isTrue();
        assertThat(fake.messagesTo("D1"))
                .singleElement()
                .extracting(RecordedMessage::text)
                .isEqualTo("after");
    }

    @Test
    void usersInfoHasAConfigurableTimeZoneDefaultingToBerlin() throws Exception {
        fake.user("UTOKYO", "Aiko Tanaka", ZoneId.of("Asia/Tokyo"));

        var tokyo = client.usersInfo(r -> r.user("UTOKYO")).getUser();
        var other = client.usersInfo(r -> r.user("UOTHER")).getUser();

        assertThat(tokyo.getTz()).isEqualTo("Asia/Tokyo");
        assertThat(tokyo.getRealName()).isEqualTo("Aiko Tanaka");
        assertThat(tokyo.getTzOffset()).isEqualTo(9 * 3600);
        assertThat(other.getTz()).isEqualTo("Europe/Berlin");
    }

    @Test
    void failsWithHttp500OnDemandThenRecovers() throws Exception {
        fake.failNext("chat.postMessage", 1, 500);

        SlackApiException failure = catchThrowableOfType(
                SlackApiException.class,
                () -> client.chatPostMessage(r -> r.channel("D1").text("x")));
        var retry = client.chatPostMessage(r -> r.channel("D1").text("x"));

        assertThat(failure.getResponse().code()).isEqualTo(500);
        assertThat(retry.isOk()).isTrue();
        assertThat(fake.calls("chat.postMessage")).hasSize(2);
        assertThat(fake.messagesTo("D1")).hasSize(1);
    }

    @Test
    void rateLimitsWith429AndRetryAfterOnDemand() {
        fake.rateLimitNext("chat.postMessage", 2, 7);

        for (int attempt = 0; attempt < 2; attempt++) {
            SlackApiException failure = catchThrowableOfType(
                    SlackApiException.class,
                    () -> client.chatPostMessage(r -> r.channel("D1").text("x")));
            assertThat(failure.getResponse().code()).isEqualTo(429);
            assertThat(failure.getResponse().header("Retry-After")).isEqualTo("7");
        }
    }

    @Test
    void answersOkFalseWithTheRequestedErrorOnDemand() throws Exception {
        fake.errorNext("conversations.open", 1, "user_not_found");

        var response = client.conversationsOpen(r -> r.users(List.of("U404")));

        assertThat(response.isOk()).isFalse();
        assertThat(response.getError()).isEqualTo("user_not_found");
    }

    @Test
    void unknownMethodsAnswerUnknownMethod() throws Exception {
        var response = client.reactionsAdd(r -> r.channel("D1").name("tada").timestamp("1.0"));

        assertThat(response.isOk()).isFalse();
        assertThat(response.getError()).isEqualTo("unknown_method");
    }

    @Test
    void viewsOpenAndPublishAnswerWithAViewId() throws Exception {
        var home = client.viewsPublish(r -> r.userId("U1").viewAsString("{\"type\":\"home\",\"blocks\":[]}"));
        var modal = client.viewsOpen(r -> r.triggerId("t").viewAsString("{\"type\":\"modal\",\"blocks\":[]}"));

        assertThat(home.isOk()).isTrue();
        assertThat(home.getView().getId()).startsWith("V");
        assertThat(modal.getView().getType()).isEqualTo("modal");
        assertThat(fake.calls("views.publish").get(0).param("user_id")).isEqualTo("U1");
    }

    @Test
    void eachUserSeesTheLastHomePublishedToThem() throws Exception {
        client.viewsPublish(r -> r.userId("U1").viewAsString(home("first")));
        client.viewsPublish(r -> r.userId("U2").viewAsString(home("other")));
        client.viewsPublish(r -> r.userId("U1").viewAsString(home("second")));

        assertThat(fake.homeOf("U1")).hasValueSatisfying(view -> {
            assertThat(view.path("type").asText()).isEqualTo("home");
            assertThat(view.path("id").asText()).startsWith("V");
            assertThat(view.path("blocks").get(0).path("text").path("text").asText())
                    .isEqualTo("second");
        });
        assertThat(fake.homeOf("U2").orElseThrow().toString()).contains("other");
        assertThat(fake.homeOf("U3")).isEmpty();
    }

    @Test
    void aHomeThatIsNotAHomeViewOrHasOver100BlocksIsRefusedAndChangesNothing() throws Exception {
        client.viewsPublish(r -> r.userId("U1").viewAsString(home("kept")));
        StringBuilder blocks = new StringBuilder();
        for (int i = 0; i < 101; i++) {
            blocks.append(i == 0 ? "" : ",").append("{\"type\":\"divider\"}");
        }

        var modal = client.viewsPublish(r -> r.userId("U1").viewAsString("{\"type\":\"modal\",\"blocks\":[]}"));
        var tooBig = client.viewsPublish(
                r -> r.userId("U1").viewAsString("{\"type\":\"home\",\"blocks\":[" + blocks + "]}"));

        assertThat(modal.getError()).isEqualTo("invalid_arguments");
        assertThat(tooBig.getError()).isEqualTo("invalid_blocks");
        assertThat(fake.homeOf("U1").orElseThrow().toString()).contains("kept");
    }

    @Test
    void publishingAHomeFailsOnDemandAsSlackDoes() throws Exception {
        fake.errorNext("views.publish", 1, "not_enabled");
        fake.rateLimitNext("views.publish", 1, 7);

        var disabled = client.viewsPublish(r -> r.userId("U1").viewAsString(home("x")));
        SlackApiException limited = catchThrowableOfType(
                SlackApiException.class,
                () -> client.viewsPublish(r -> r.userId("U1").viewAsString(home("x"))));

        assertThat(disabled.getError()).isEqualTo("not_enabled");
        assertThat(limited.getResponse().code()).isEqualTo(429);
        assertThat(limited.getResponse().header("Retry-After")).isEqualTo("7");
        assertThat(fake.homeOf("U1")).isEmpty();
    }

    private static String home(String text) {
        return "{\"type\":\"home\",\"blocks\":[{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\"," + "\"text\":\""
                + text + "\"}}]}";
    }

    @Test
    void awaitCallsWaitsForCallsFromOtherThreadsAndResetForgetsEverything() throws Exception {
        Thread poster = new Thread(() -> {
            try {
                client.chatPostEphemeral(r -> r.channel("C1").user("U1").text("psst"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        poster.start();

        assertThat(fake.awaitCalls("chat.postEphemeral", 1)).hasSize(1);
        poster.join();
        fake.reset();
        assertThat(fake.calls()).isEmpty();
    }

    @Test
    void postsAreUnlimitedUnlessLimitsAreAskedFor() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(client.chatPostMessage(r -> r.channel("D1").text("x")).isOk())
                    .isTrue();
        }

        assertThat(fake.posted()).hasSize(10);
        assertThat(fake.rateLimitedByChannel()).isZero();
        assertThat(fake.rateLimitedByWorkspace()).isZero();
    }

    @Test
    void limitsPostsPerChannelWith429AndRetryAfterAndCountsOnlyWhatWentThrough() throws Exception {
        fake.limitPosts(3, Duration.ofSeconds(3), 0, Duration.ZERO);
        for (int i = 0; i < 3; i++) {
            assertThat(client.chatPostMessage(r -> r.channel("D1").text("burst"))
                            .isOk())
                    .isTrue();
        }

        SlackApiException refused = catchThrowableOfType(
                SlackApiException.class,
                () -> client.chatPostMessage(r -> r.channel("D1").text("one too many")));
        assertThat(refused.getResponse().code()).isEqualTo(429);
        assertThat(Integer.parseInt(refused.getResponse().header("Retry-After")))
                .isBetween(1, 3);
        assertThat(refused.getError().getError()).isEqualTo("ratelimited");
        assertThat(client.chatPostMessage(r -> r.channel("D2").text("another channel"))
                        .isOk())
                .isTrue();

        assertThat(fake.rateLimitedByChannel()).isEqualTo(1);
        assertThat(fake.posted())
                .extracting(call -> call.param("text"))
                .containsExactly("burst", "burst", "burst", "another channel");
        assertThat(fake.messagesTo("D1")).hasSize(3);
        assertThat(fake.calls("chat.postMessage")).hasSize(5);
    }

    @Test
    void aChannelWindowFreesUpAsItsPostsAge() throws Exception {
        fake.limitPosts(1, Duration.ofMillis(300), 0, Duration.ZERO);
        client.chatPostMessage(r -> r.channel("D1").text("first"));
        Thread.sleep(350);

        assertThat(client.chatPostMessage(r -> r.channel("D1").text("later")).isOk())
                .isTrue();
        assertThat(fake.rateLimitedByChannel()).isZero();
    }

    @Test
    void limitsPostsIntoTheWholeWorkspacePerMinute() throws Exception {
        fake.limitPosts(3, Duration.ofSeconds(3), 5, Duration.ofMillis(250));
        for (int i = 0; i < 5; i++) {
            String channel = "D" + i;
            assertThat(client.chatPostMessage(r -> r.channel(channel).text("x")).isOk())
                    .isTrue();
        }

        SlackApiException refused = catchThrowableOfType(
                SlackApiException.class,
                () -> client.chatPostMessage(r -> r.channel("D9").text("over the budget")));
        assertThat(refused.getResponse().code()).isEqualTo(429);
        assertThat(Integer.parseInt(refused.getResponse().header("Retry-After")))
                .isBetween(59, 60);
        assertThat(fake.rateLimitedByWorkspace()).isEqualTo(1);
        assertThat(fake.rateLimitedByChannel()).isZero();
        assertThat(fake.posted()).hasSize(5);

        fake.reset();
        assertThat(client.chatPostMessage(r -> r.channel("D9").text("limits gone"))
                        .isOk())
                .isTrue();
        assertThat(fake.posted()).hasSize(1);
    }

    @Test
    void plannedFailuresComeBeforeTheLimits() {
        fake.limitPosts(3, Duration.ofSeconds(3), 0, Duration.ZERO);
        fake.failNext("chat.postMessage", 1, 500);

        SlackApiException failed = catchThrowableOfType(
                SlackApiException.class,
                () -> client.chatPostMessage(r -> r.channel("D1").text("x")));
        assertThat(failed.getResponse().code()).isEqualTo(500);
        assertThat(fake.posted()).isEmpty();
        assertThat(fake.rateLimitedByChannel()).isZero();
    }
}
