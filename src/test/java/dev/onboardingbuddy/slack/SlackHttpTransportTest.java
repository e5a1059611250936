package dev.onboardingbuddy.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.event.MessageEvent;
import dev.onboardingbuddy.slack.testkit.SlackFixtures;
import dev.onboardingbuddy.slack.testkit.SlackRequest;
import dev.onboardingbuddy.slack.testkit.SlackRequests;
import dev.onboardingbuddy.slack.testkit.SlackResponse;
import dev.onboardingbuddy.slack.testkit.SlackTestServer;
import dev.onboardingbuddy.slack.testkit.SlashCommand;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Slack's view of the bot: signed HTTP requests in, status and body out, through the real server and Bolt. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackHttpTransportTest {

    private static final Instant NOW = Instant.parse("2025-03-03T09:00:00Z");

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final List<MessageEvent> messages = new CopyOnWriteArrayList<>();
    private final List<Integer> retryNumbers = new CopyOnWriteArrayList<>();
    private SlackTestServer bot;
    private SlackRequests slack;

    @BeforeAll
    void startBot() {
        bot = SlackTestServer.start(clock, app -> {
            app.command("/onboarding", (request, ctx) -> ctx.ack("pong"));
            app.event(MessageEvent.class, (payload, ctx) -> {
                messages.add(payload.getEvent());
                if (ctx.getRetryNum() != null) {
                    retryNumbers.add(ctx.getRetryNum());
                }
                return ctx.ack();
            });
        });
        slack = bot.requests();
    }

    @AfterAll
    void stopBot() {
        bot.close();
    }

    @BeforeEach
    void forgetPreviousTest() {
        messages.clear();
        retryNumbers.clear();
    }

    @Test
    void boltCallsAuthTestWithTheBotTokenAtStart() {
        assertThat(bot.fake().calls("auth.test"))
                .isNotEmpty()
                .allSatisfy(call -> assertThat(call.authorization()).startsWith("Bearer xoxb-test-"));
    }

    @Test
    void aSignedSlashCommandIsAckedWithTheListenersBody() {
        SlackResponse response = slack.send(slack.slashCommand(SlashCommand.of("/onboarding", "ping", "U123")));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("text").asText()).isEqualTo("pong");
        assertThat(response.header("Content-Type")).startsWith("application/json");
    }

    @Test
    void aForgedSignatureIsRejectedWith401() {
        SlackRequest forged = slack.slashCommand(SlashCommand.of("/onboarding", "ping", "U123"))
                .withHeader(SlackRequest.SIGNATURE, "v0=" + "0".repeat(64));

        SlackResponse response = slack.send(forged);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().path("error").asText()).isNotBlank();
    }

    @Test
    void aBodyChangedAfterSigningIsRejectedAndNeverReachesAListener() {
        SlackRequest tampered =
                slack.event(messageIm("Ev-tampered", "hello")).withBody(messageIm("Ev-tampered", "evil"));

        assertThat(slack.send(tampered).status()).isEqualTo(401);
        assertThat(messages).isEmpty();
    }

    @Test
    void aTimestampSixMinutesOldIsRejectedAsAReplay() {
        SlackRequest stale = slack.signed(
                SlackRequests.EVENTS_PATH,
                "application/json",
                messageIm("Ev-stale", "hi"),
                NOW.minus(Duration.ofMinutes(6)));

        assertThat(slack.send(stale).status()).isEqualTo(401);
        assertThat(messages).isEmpty();
    }

    @Test
    void aTimestampSixMinutesAheadIsRejectedToo() {
        SlackRequest future = slack.signed(
                SlackRequests.EVENTS_PATH,
                "application/json",
                messageIm("Ev-future", "hi"),
                NOW.plus(Duration.ofMinutes(6)));

        assertThat(slack.send(future).status()).isEqualTo(401);
    }

    @Test
    void requestsWithoutSignatureHeadersAreRejected() {
        SlackRequest signed = slack.slashCommand(SlashCommand.of("/onboarding", "ping", "U123"));

        assertThat(slack.send(signed.withoutHeader(SlackRequest.SIGNATURE)).status())
                .isEqualTo(401);
        assertThat(slack.send(signed.withoutHeader(SlackRequest.TIMESTAMP)).status())
                .isEqualTo(401);
        assertThat(slack.send(signed.withHeader(SlackRequest.TIMESTAMP, "yesterday"))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void aMessageWithNonAsciiTextVerifiesAndReachesTheHandlerIntact() {
        SlackResponse response = slack.send(slack.event(messageIm("Ev-utf8", "Grüße, 日本 ✅")));

        assertThat(response.status()).isEqualTo(200);
        assertThat(messages).singleElement().extracting(MessageEvent::getText).isEqualTo("Grüße, 日本 ✅");
    }

    @Test
    void slacksRetryHeadersReachTheListener() {
        SlackResponse response =
                slack.send(slack.event(messageIm("Ev-retry", "again")).withRetry(2, "http_timeout"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(retryNumbers).containsExactly(2);
    }

    @Test
    void messageChangedIsAckedWithoutAHandlerSoSlackDoesNotRetryIt() {
        String changed = SlackFixtures.load(
                "message_changed.json",
                Map.of("channel", "D123", "text", "edited", "ts", "1700000000.000100", "event_id", "Ev-changed"));

        assertThat(slack.send(slack.event(changed)).status()).isEqualTo(200);
    }

    @Test
    void malformedJsonIsA400AndTheServerKeepsServing() {
        SlackResponse response = slack.send(slack.event("{\"type\":\"event_callback\",\"event\":"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("error").asText()).isNotBlank();
        assertThat(slack.get("/healthz").status()).isEqualTo(200);
    }

    @Test
    void aSlashCommandWithABrokenEscapeIsA400AndTheServerKeepsServing() {
        SlackResponse response = slack.send(slack.signed(
                SlackRequests.EVENTS_PATH,
                "application/x-www-form-urlencoded",
                "token=x&team_id=T1&user_id=U1&command=%2Fonboarding&text=100%&response_url=https%3A%2F%2Fx",
                NOW));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("error").asText()).isEqualTo("malformed Slack payload");
        assertThat(slack.get("/healthz").status()).isEqualTo(200);
    }

    @Test
    void aMalformedInteractivityPayloadIsA400() {
        SlackResponse response = slack.send(slack.interactivity("{not json"));

        assertThat(response.status()).isBetween(400, 499);
    }

    @Test
    void aSignedBodySlackNeverSendsIsA400() {
        SlackResponse response = slack.send(slack.event("{\"no_type\":true}"));

        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    void unknownPathsAre404() {
        SlackRequest elsewhere =
                slack.slashCommand(SlashCommand.of("/onboarding", "", "U1")).withPath("/slack/other");

        assertThat(slack.send(elsewhere).status()).isEqualTo(404);
        SlackResponse nope = slack.get("/nope");
        assertThat(nope.status()).isEqualTo(404);
        assertThat(nope.json().path("error").asText()).isEqualTo("not found");
    }

    @Test
    void healthzSaysUp() {
        SlackResponse response = slack.get("/healthz");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("status").asText()).isEqualTo("up");
    }

    private static String messageIm(String eventId, String text) {
        return SlackFixtures.load(
                "message_im.json",
                Map.of(
                        "channel",
                        "D123",
                        "user",
                        "U123",
                        "text",
                        text,
                        "ts",
                        "1700000000.000100",
                        "event_id",
                        eventId));
    }
}
