package dev.onboardingbuddy.msteams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardingbuddy.msteams.ConnectorClient.Member;
import dev.onboardingbuddy.msteams.testkit.FakeBotFramework;
import dev.onboardingbuddy.msteams.testkit.RecordedActivity;
import dev.onboardingbuddy.notification.DeliveryFailure;
import dev.onboardingbuddy.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConnectorClientTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private static final String BOT = "28:bot-app-id";
    private static final String ADA = "29:1ada-lovelace";

    private final FakeBotFramework fake = new FakeBotFramework();
    private final MutableClock clock = new MutableClock(Instant.parse("2031-03-02T09:00:00Z"));
    private final ConnectorClient client =
            new ConnectorClient(fake.tokenUrl(), fake.appId(), fake.appPassword(), clock, Duration.ofSeconds(5));

    @AfterEach
    void stopFake() {
        fake.close();
    }

    @Test
    void aPersonalChatIsOpenedWithTheTenantAndTheUser() {
        String conversationId = client.createConversation(fake.serviceUrl(), TENANT, BOT, ADA);

        assertThat(conversationId).startsWith("a:1").isEqualTo(fake.conversationWith(ADA));
        ObjectNode expected = JSON.createObjectNode();
        expected.putObject("bot").put("id", BOT);
        expected.putArray("members").addObject().put("id", ADA);
        expected.putObject("channelData").putObject("tenant").put("id", TENANT);
        expected.put("isGroup", false).put("tenantId", TENANT);
        assertThat(fake.conversationRequests()).containsExactly(expected);
    }

    @Test
    void anActivityIsSentToAConversationWhoseIdNeedsEncoding() {
        String conversationId = client.createConversation(fake.serviceUrl(), TENANT, BOT, ADA);
        ObjectNode activity = message("Welcome aboard!");

        String activityId = client.sendActivity(fake.serviceUrl(), conversationId, activity);

        assertThat(conversationId).contains(":", ";");
        assertThat(fake.activitiesTo(conversationId))
                .containsExactly(new RecordedActivity("POST", conversationId, activityId, activity));
    }

    @Test
    void aServiceUrlWithoutItsTrailingSlashWorks() {
        String serviceUrl = fake.serviceUrl().substring(0, fake.serviceUrl().length() - 1);

        String activityId = client.sendActivity(serviceUrl, "a:1xyz", message("hi"));

        assertThat(fake.activitiesTo("a:1xyz"))
                .extracting(RecordedActivity::activityId)
                .containsExactly(activityId);
    }

    @Test
    void aSentActivityIsUpdatedInPlace() {
        String activityId = client.sendActivity(fake.serviceUrl(), "a:1xyz", message("1 of 5 done"));

        client.updateActivity(fake.serviceUrl(), "a:1xyz", activityId, message("2 of 5 done"));

        assertThat(fake.activitiesTo("a:1xyz"))
                .extracting(RecordedActivity::method, RecordedActivity::activityId)
                .containsExactly(Tuple.tuple("POST", activityId), Tuple.tuple("PUT", activityId));
        assertThat(fake.activitiesTo("a:1xyz").get(1).activity().path("text").asText())
                .isEqualTo("2 of 5 done");
    }

    @Test
    void aMembersProfileIsReadAndAnUnknownMemberIsEmpty() {
        fake.member(ADA, "Ada Lovelace", "ada@example.com", "ada@example.onmicrosoft.com", "aad-ada");

        assertThat(client.member(fake.serviceUrl(), "a:1xyz", ADA))
                .contains(new Member(ADA, "Ada Lovelace", "ada@example.com", "ada@example.onmicrosoft.com", "aad-ada"));
        assertThat(client.member(fake.serviceUrl(), "a:1xyz", "29:nobody")).isEmpty();
    }

    @Test
    void oneTokenServesManyCalls() {
        for (int i = 0; i < 5; i++) {
            client.sendActivity(fake.serviceUrl(), "a:1xyz", message("n" + i));
        }

        assertThat(fake.tokenRequests()).isEqualTo(1);
    }

    @Test
    void aRevokedTokenIsReplacedAndTheCallTriedOnceMore() {
        client.sendActivity(fake.serviceUrl(), "a:1xyz", message("before"));
        fake.revokeAccessTokens();

        client.sendActivity(fake.serviceUrl(), "a:1xyz", message("after"));

        assertThat(fake.tokenRequests()).isEqualTo(2);
        assertThat(fake.activitiesTo("a:1xyz")).hasSize(2);
    }

    @Test
    void aSecond401IsPermanent() {
        fake.failNext(FakeBotFramework.SEND_ACTIVITY, 401, null);
        fake.failNext(FakeBotFramework.SEND_ACTIVITY, 401, null);

        assertFailure(
                () -> client.sendActivity(fake.serviceUrl(), "a:1xyz", message("hi")),
                failure -> assertThat(failure.retryable()).isFalse());
        assertThat(fake.tokenRequests()).isEqualTo(2);
    }

    @Test
    void aRateLimitWaitsAsLongAsTheConnectorAsks() {
        fake.failNext(FakeBotFramework.SEND_ACTIVITY, 429, 7);

        assertFailure(() -> client.sendActivity(fake.serviceUrl(), "a:1xyz", message("hi")), failure -> {
            assertThat(failure.retryable()).isTrue();
            assertThat(failure.retryAfter()).contains(Duration.ofSeconds(7));
        });
    }

    @Test
    void aRateLimitWithoutRetryAfterWaitsThirtySeconds() {
        fake.failNext(FakeBotFramework.UPDATE_ACTIVITY, 429, null);

        assertFailure(
                () -> client.updateActivity(fake.serviceUrl(), "a:1xyz", "activity-1", message("hi")),
                failure -> assertThat(failure.retryAfter()).contains(Duration.ofSeconds(30)));
    }

    @Test
    void serverErrorsAndConflictsAreRetryable() {
        for (int status : new int[] {500, 502, 503, 504, 412, 408}) {
            fake.failNext("/connector/v3/conversations", status, null);

            assertFailure(() -> client.sendActivity(fake.serviceUrl(), "a:1xyz", message("hi")), failure -> {
                assertThat(failure.retryable()).isTrue();
                assertThat(failure.getMessage()).contains("sendActivity", String.valueOf(status));
            });
        }
    }

    @Test
    void aUserWithoutTheAppIsAPermanentFailureNamingTheErrorCode() {
        fake.hasNotInstalledTheApp(ADA);

        assertFailure(() -> client.createConversation(fake.serviceUrl(), TENANT, BOT, ADA), failure -> {
            assertThat(failure.retryable()).isFalse();
            assertThat(failure.getMessage()).contains("createConversation", "403", "Forbidden");
        });
    }

    @Test
    void anUnreachableConnectorIsRetryable() {
        String closedPort = "http://127.0.0.1:1/connector/";

        assertFailure(
                () -> client.sendActivity(closedPort, "a:1xyz", message("hi")),
                failure -> assertThat(failure.retryable()).isTrue());
    }

    @Test
    void noFailureMessageCarriesTheToken() {
        client.sendActivity(fake.serviceUrl(), "a:1xyz", message("hi"));
        String token = fake.issuedAccessTokens().get(0);
        fake.failNext(FakeBotFramework.SEND_ACTIVITY, 403, null);
        fake.failNext(FakeBotFramework.MEMBER, 500, null);

        assertFailure(
                () -> client.sendActivity(fake.serviceUrl(), "a:1xyz", message("hi")),
                failure ->
                        assertThat(failure.getMessage()).doesNotContain(token).doesNotContain(fake.appPassword()));
        assertFailure(
                () -> client.member(fake.serviceUrl(), "a:1xyz", ADA),
                failure ->
                        assertThat(failure.getMessage()).doesNotContain(token).doesNotContain(fake.appPassword()));
    }

    private static ObjectNode message(String text) {
        return JSON.createObjectNode().put("type", "message").put("text", text);
    }

    private static void assertFailure(ThrowingCallable call, Consumer<DeliveryFailure> check) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DeliveryFailure.class, check);
    }
}
