package dev.onboardingbuddy.slack;

import static dev.onboardingbuddy.slack.SlackGatewayHarness.AIKO;
import static dev.onboardingbuddy.slack.SlackGatewayHarness.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Platform;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.DeliveryFailure;
import dev.onboardingbuddy.notification.Recipient;
import dev.onboardingbuddy.slack.testkit.FakeSlackApi;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How every way Slack can refuse becomes a DeliveryFailure the outbox can act on. */
class SlackChatGatewayFailuresTest {

    private SlackGatewayHarness harness;
    private FakeSlackApi fake;
    private SlackChatGateway gateway;
    private String token;

    @BeforeEach
    void start() {
        harness = new SlackGatewayHarness();
        fake = harness.fake();
        gateway = harness.gateway();
        token = harness.token();
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    @Test
    void aServerErrorIsRetryableWithAnUnknownOutcome() {
        fake.failNext("chat.postMessage", 1, 500);

        DeliveryFailure failure = catchThrowableOfType(DeliveryFailure.class, () -> gateway.send(message("k", AIKO)));

        assertThat(failure.retryable()).isTrue();
        assertThat(failure.outcomeUnknown())
                .as("Slack may have posted before failing")
                .isTrue();
        assertThat(failure.retryAfter()).isEmpty();
        assertThat(failure.getMessage()).contains("chat.postMessage", "500");
    }

    @Test
    void http429IsRateLimitedForTheRetryAfterSeconds() {
        fake.rateLimitNext("chat.postMessage", 1, 7);

        DeliveryFailure failure = catchThrowableOfType(DeliveryFailure.class, () -> gateway.send(message("k", AIKO)));

        assertThat(failure.retryable()).isTrue();
        assertThat(failure.outcomeUnknown()).as("a 429 posts nothing").isFalse();
        assertThat(failure.retryAfter()).contains(Duration.ofSeconds(7));
    }

    @Test
    void okFalseRatelimitedWithoutAHeaderWaitsTheDefault() {
        fake.errorNext("chat.postMessage", 1, "ratelimited");

        DeliveryFailure failure = catchThrowableOfType(DeliveryFailure.class, () -> gateway.send(message("k", AIKO)));

        assertThat(failure.retryAfter()).contains(Duration.ofSeconds(30));
    }

    @Test
    void anUnknownChannelIsPermanentAndNamesSlacksError() {
        fake.errorNext("chat.postMessage", 1, "channel_not_found");

        DeliveryFailure failure = catchThrowableOfType(
                DeliveryFailure.class,
                () -> gateway.send(message("k", new Recipient.Channel(Platform.SLACK, "C0GONE"))));

        assertThat(failure.retryable()).isFalse();
        assertThat(failure.getMessage()).contains("channel_not_found");
    }

    @Test
    void aTransientSlackErrorIsRetryable() {
        fake.errorNext("chat.postMessage", 1, "internal_error");

        DeliveryFailure failure = catchThrowableOfType(DeliveryFailure.class, () -> gateway.send(message("k", AIKO)));

        assertThat(failure.retryable()).isTrue();
        assertThat(failure.outcomeUnknown())
                .as("Slack: some aspect of the operation may have succeeded")
                .isTrue();
        assertThat(failure.getMessage()).contains("internal_error");
    }

    @Test
    void aFailedConversationsOpenIsPermanentAndNotCached() {
        fake.errorNext("conversations.open", 1, "user_not_found");

        DeliveryFailure failure = catchThrowableOfType(DeliveryFailure.class, () -> gateway.send(message("k", AIKO)));
        gateway.send(message("k", AIKO));

        assertThat(failure.retryable()).isFalse();
        assertThat(failure.outcomeUnknown()).isFalse();
        assertThat(failure.getMessage()).contains("conversations.open", "user_not_found");
        assertThat(fake.calls("conversations.open")).hasSize(2);
        assertThat(fake.messagesTo("D0AIKO")).hasSize(1);
    }

    @Test
    void anUnreachableSlackIsRetryable() {
        fake.close();

        DeliveryFailure failure = catchThrowableOfType(
                DeliveryFailure.class, () -> gateway.send(message("k", new Recipient.Channel(Platform.SLACK, "C1"))));

        assertThat(failure.retryable()).isTrue();
        assertThat(failure.outcomeUnknown())
                .as("the connection was refused: nothing was sent")
                .isFalse();
        assertThat(failure.getMessage()).contains("could not reach Slack");
    }

    @Test
    void aServerErrorFromConversationsOpenPostedNothing() {
        fake.failNext("conversations.open", 1, 502);

        DeliveryFailure failure = catchThrowableOfType(DeliveryFailure.class, () -> gateway.send(message("k", AIKO)));

        assertThat(failure.retryable()).isTrue();
        assertThat(failure.outcomeUnknown()).isFalse();
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
                catchThrowableOfType(
                        DeliveryFailure.class, () -> harness.people().find(ChatUserId.slack("U0AIKO"))));

        assertThat(failures).allSatisfy(failure -> {
            assertThat(failure.getMessage()).doesNotContain(token);
            assertThat(String.valueOf(failure.getCause())).doesNotContain(token);
        });
    }

    @Test
    void findSentMapsFailuresLikeSend() {
        fake.failNext("conversations.history", 1, 503);

        DeliveryFailure failure =
                catchThrowableOfType(DeliveryFailure.class, () -> gateway.findSent(message("k", AIKO)));

        assertThat(failure.retryable()).isTrue();
    }

    @Test
    void updateOfAMessageSlackDoesNotKnowIsPermanent() {
        DeliveryFailure failure = catchThrowableOfType(
                DeliveryFailure.class, () -> gateway.update("D0AIKO/1.000001", ChatMessage.plain("x")));

        assertThat(failure.retryable()).isFalse();
        assertThat(failure.getMessage()).contains("message_not_found");
    }

    @Test
    void findingAPersonFailsWhenSlackRefusesForAnotherReason() {
        fake.errorNext("users.info", 1, "invalid_auth");

        DeliveryFailure failure = catchThrowableOfType(
                DeliveryFailure.class, () -> harness.people().find(ChatUserId.slack("U0AIKO")));

        assertThat(failure.retryable()).isFalse();
        assertThat(failure.getMessage()).contains("invalid_auth");
    }
}
