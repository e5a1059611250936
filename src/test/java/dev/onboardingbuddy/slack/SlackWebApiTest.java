package dev.onboardingbuddy.slack;

import static dev.onboardingbuddy.slack.SlackGatewayHarness.AIKO;
import static dev.onboardingbuddy.slack.SlackGatewayHarness.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.model.Message;
import com.slack.api.model.view.View;
import dev.onboardingbuddy.notification.DeliveryFailure;
import dev.onboardingbuddy.slack.testkit.FakeSlackApi;
import dev.onboardingbuddy.slack.testkit.RecordedCall;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The frequent calls parsed with one Gson behave as the SDK's own methods do, on the wire and in failure. */
class SlackWebApiTest {

    private final FakeSlackApi fake = new FakeSlackApi();
    private final String token = "xoxb-web-api-" + UUID.randomUUID();
    private Slack slack;
    private MethodsClient sdk;
    private SlackWebApi web;

    @BeforeEach
    void start() {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(fake.url().toString());
        config.setStatsEnabled(false); // as in production; no auth.test among the recorded calls
        slack = Slack.getInstance(config);
        sdk = slack.methods(token);
        web = new SlackWebApi(sdk, token, config);
    }

    @AfterEach
    void stop() throws Exception {
        slack.close();
        fake.close();
    }

    @Test
    void anOkAnswerIsParsedWithItsHeaders() throws Exception {
        var opened = web.conversationsOpen(r -> r.users(List.of("U0AIKO")));
        var posted =
                web.chatPostMessage(r -> r.channel(opened.getChannel().getId()).text("hello"));

        assertThat(opened.isOk()).isTrue();
        assertThat(opened.getChannel().getId()).isEqualTo("D0AIKO");
        assertThat(posted.getChannel()).isEqualTo("D0AIKO");
        assertThat(posted.getTs()).isNotBlank();
        assertThat(posted.getMessage().getText()).isEqualTo("hello");
        assertThat(posted.getHttpResponseHeaders()).containsKey("content-type");
        assertThat(fake.calls("chat.postMessage").get(0).authorization()).isEqualTo("Bearer " + token);
    }

    @Test
    void anOkFalseAnswerIsReturnedForSlackCallsToJudge() throws Exception {
        fake.errorNext("chat.postMessage", 2, "channel_not_found");

        var refused = web.chatPostMessage(r -> r.channel("C0GONE").text("hello"));

        assertThat(refused.isOk()).isFalse();
        assertThat(refused.getError()).isEqualTo("channel_not_found");
        assertThatThrownBy(() -> SlackCalls.require(
                        "chat.postMessage",
                        () -> web.chatPostMessage(r -> r.channel("C0GONE").text("hello"))))
                .isInstanceOfSatisfying(
                        DeliveryFailure.class,
                        failure -> assertThat(failure.retryable()).isFalse())
                .hasMessage("chat.postMessage failed: channel_not_found");
    }

    @Test
    void http429SurfacesAsTheSdksExceptionSoSlackCallsWaitsOutRetryAfter() {
        fake.rateLimitNext("chat.update", 2, 7);

        SlackApiException thrown = catchThrowableOfType(
                () -> web.chatUpdate(r -> r.channel("D0AIKO").ts("1.2").text("x")), SlackApiException.class);
        DeliveryFailure failure = catchThrowableOfType(
                () -> SlackCalls.send(
                        "chat.update",
                        () -> web.chatUpdate(r -> r.channel("D0AIKO").ts("1.2").text("x"))),
                DeliveryFailure.class);

        assertThat(thrown.getResponse().code()).isEqualTo(429);
        assertThat(thrown.getResponse().header("Retry-After")).isEqualTo("7");
        assertThat(thrown.getError().getError()).isEqualTo("ratelimited");
        assertThat(failure.retryAfter()).contains(Duration.ofSeconds(7));
    }

    @Test
    void http500SurfacesAsTheSdksExceptionAndMayHaveBeenDone() {
        fake.failNext("views.publish", 2, 500);
        View home = View.builder().type("home").blocks(List.of()).build();

        SlackApiException thrown = catchThrowableOfType(
                () -> web.viewsPublish(r -> r.userId("U0AIKO").view(home)), SlackApiException.class);
        DeliveryFailure failure = catchThrowableOfType(
                () -> SlackCalls.send(
                        "views.publish",
                        () -> web.viewsPublish(r -> r.userId("U0AIKO").view(home))),
                DeliveryFailure.class);

        assertThat(thrown.getResponse().code()).isEqualTo(500);
        assertThat(thrown.getError().getError()).isEqualTo("fake_http_500");
        assertThat(failure.outcomeUnknown()).isTrue();
        assertThat(failure).hasMessage("views.publish failed: HTTP 500 (fake_http_500)");
    }

    @Test
    void blocksMetadataAndViewsReachSlackExactlyAsTheSdkSendsThem() throws Exception {
        var rendered = new BlockKitRenderer().render(message("k", AIKO).content());
        Message.Metadata metadata = Message.Metadata.builder()
                .eventType(SlackChatGateway.METADATA_EVENT_TYPE)
                .eventPayload(Map.of(SlackChatGateway.IDEMPOTENCY_KEY, "k"))
                .build();
        View home = View.builder().type("home").blocks(rendered.blocks()).build();

        sdk.chatPostMessage(r -> r.channel("D0AIKO")
                .text(rendered.text())
                .blocks(rendered.blocks())
                .metadata(metadata));
        web.chatPostMessage(r -> r.channel("D0AIKO")
                .text(rendered.text())
                .blocks(rendered.blocks())
                .metadata(metadata));
        sdk.chatUpdate(r -> r.channel("D0AIKO").ts("1.2").text("done").blocks(rendered.blocks()));
        web.chatUpdate(r -> r.channel("D0AIKO").ts("1.2").text("done").blocks(rendered.blocks()));
        sdk.viewsPublish(r -> r.userId("U0AIKO").view(home));
        web.viewsPublish(r -> r.userId("U0AIKO").view(home));
        sdk.conversationsOpen(r -> r.users(List.of("U0AIKO", "U0BEN")));
        web.conversationsOpen(r -> r.users(List.of("U0AIKO", "U0BEN")));

        for (String method : List.of("chat.postMessage", "chat.update", "views.publish", "conversations.open")) {
            List<RecordedCall> calls = fake.calls(method);
            assertThat(calls).hasSize(2);
            assertThat(calls.get(1).body()).as(method).isEqualTo(calls.get(0).body());
            assertThat(calls.get(1).authorization()).isEqualTo(calls.get(0).authorization());
        }
        assertThat(fake.calls("chat.postMessage").get(1).param("metadata")).contains("onboarding_buddy_message");
        assertThat(fake.calls("chat.postMessage").get(1).param("blocks")).contains("Laptop");
    }
}
