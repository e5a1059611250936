package dev.onboardingbuddy.app;

import static dev.onboardingbuddy.app.BotHarness.ADMIN;
import static dev.onboardingbuddy.app.BotHarness.HIRE;
import static dev.onboardingbuddy.app.BotHarness.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.slack.testkit.RecordedCall;
import dev.onboardingbuddy.slack.testkit.SlackFixtures;
import dev.onboardingbuddy.slack.testkit.SlackRequest;
import dev.onboardingbuddy.slack.testkit.SlackRequests;
import dev.onboardingbuddy.slack.testkit.SlackResponse;
import dev.onboardingbuddy.slack.testkit.SlackSigner;
import dev.onboardingbuddy.slack.testkit.SlashCommand;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What reaches the bot over HTTP is what Slack sends: signed bodies, retries, echoes of its own messages, edits and
 * events it does not act on. Only genuine, new messages from people are answered, each once.
 */
class SlackProtocolEndToEndTest {
    private static final Instant MONDAY_TEN_BERLIN = Instant.parse("2026-12-07T09:00:00Z");
    private static final String CHANNEL = BotHarness.dmChannel(HIRE);

    @TempDir
    Path directory;

    BotHarness harness;
    SlackRequests requests;

    @BeforeEach
    void start() {
        harness = new BotHarness(directory, MONDAY_TEN_BERLIN);
        requests = harness.requests();
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private SlackRequest dmRequest(String eventId, String text) {
        return requests.event(harness.dmEvent(HIRE, text, null, eventId));
    }

    /** A genuine message answered after the one under test proves the bot had every chance to answer that one. */
    private void barrier() {
        harness.say(HIRE, "help");
    }

    private String ts() {
        return harness.clock.instant().getEpochSecond() + ".000777";
    }

    @Test
    void aMessageWithAForgedSignatureIsRefusedWith401AndGetsNoReply() {
        SlackRequest genuine = dmRequest("EvForged", "list");
        String forged =
                new SlackSigner("not-the-secret").sign(harness.clock.instant().getEpochSecond(), genuine.body());

        SlackResponse response = requests.send(genuine.withHeader(SlackRequest.SIGNATURE, forged));

        assertThat(response.status()).isEqualTo(401);
        barrier();
        assertThat(harness.repliesTo("EvForged")).isEmpty();
    }

    @Test
    void aStartCommandWithATamperedBodyIsRefusedWith401AndEnrolsNobody() {
        SlackRequest signed = requests.slashCommand(SlashCommand.of("/onboarding", "help", ADMIN));
        String tampered = signed.body().replace("help", "start+%3C%40UHIRE%3E+%3C%40UMGR%3E");

        SlackResponse response = requests.send(signed.withBody(tampered));

        assertThat(response.status()).isEqualTo(401);
        assertThat(harness.commandText(ADMIN, "status")).startsWith("Nobody you can see is onboarding");
        assertThat(harness.hireOf(HIRE)).isEmpty();
        assertThat(harness.responses()).isEmpty();
    }

    @Test
    void aRequestSignedSixMinutesAgoIsRefusedWith401EvenWithAValidSignature() {
        String body = harness.dmEvent(HIRE, "list", null, "EvStale");
        Instant sixMinutesAgo = harness.clock.instant().minus(Duration.ofMinutes(6));

        SlackResponse response =
                requests.send(requests.signed(SlackRequests.EVENTS_PATH, "application/json", body, sixMinutesAgo));

        assertThat(response.status()).isEqualTo(401);
        barrier();
        assertThat(harness.repliesTo("EvStale")).isEmpty();
    }

    @Test
    void aRequestWithoutSignatureHeadersIsRefusedWith401() {
        SlackRequest signed = dmRequest("EvUnsigned", "list");

        assertThat(requests.send(signed.withoutHeader(SlackRequest.SIGNATURE)).status())
                .isEqualTo(401);
        assertThat(requests.send(signed.withoutHeader(SlackRequest.TIMESTAMP)).status())
                .isEqualTo(401);
        assertThat(requests.send(signed.withoutHeader(SlackRequest.SIGNATURE).withoutHeader(SlackRequest.TIMESTAMP))
                        .status())
                .isEqualTo(401);
        barrier();
        assertThat(harness.repliesTo("EvUnsigned")).isEmpty();
    }

    @Test
    void aSignedEventThatIsNotJsonGetsA4xxAndTheServerStaysHealthy() {
        SlackResponse response = requests.send(requests.event("{\"type\": \"event_callback\", \"event\": {"));

        assertThat(response.status()).isBetween(400, 499);
        assertThat(requests.get("/healthz").status()).isEqualTo(200);
        barrier();
    }

    @Test
    void aSignedInteractivityPayloadThatIsNotJsonGetsA4xx() {
        SlackResponse response = requests.send(requests.interactivity("{\"type\":\"block_actions\",\"user\":"));

        assertThat(response.status()).isBetween(400, 499);
        assertThat(requests.get("/healthz").status()).isEqualTo(200);
    }

    @Test
    void aSignedActionNoListenerKnowsGetsOne404AnswerAndTheServerStaysHealthy() {
        SlackResponse response = requests.send(requests.interactivity("{\"type\":\"block_actions\","
                + "\"team\":{\"id\":\"T0FAKE\"},\"user\":{\"id\":\"UHIRE\"},\"api_app_id\":\"A0BUDDY\","
                + "\"trigger_id\":\"1.2.3\",\"actions\":[{\"action_id\":\"no_such_action\",\"block_id\":\"b\","
                + "\"type\":\"button\",\"value\":\"x\",\"action_ts\":\"1.2\"}]}"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().path("error").asText())
                .as("one JSON answer, Bolt's")
                .isEqualTo("no handler found");
        assertThat(requests.get("/healthz").status()).isEqualTo(200);
    }

    @Test
    void aRetriedDeliveryOfTheSameEventIsAnsweredExactlyOnce() {
        SlackRequest first = dmRequest("EvRetried", "list");

        assertThat(requests.send(first).status()).isEqualTo(200);
        RecordedCall reply = harness.awaitReply("EvRetried");
        SlackResponse retry = requests.send(requests.event(first.body()).withRetry(1, "http_timeout"));

        assertThat(retry.status()).isEqualTo(200);
        barrier();
        assertThat(harness.repliesTo("EvRetried")).containsExactly(reply);
    }

    @Test
    void theBotsOwnEchoInTheDmIsAckedAndNotAnswered() {
        String echo = SlackFixtures.load(
                "message_im_bot_echo.json",
                Map.of(
                        "channel",
                        CHANNEL,
                        "text",
                        "Sorry, I did not understand that.",
                        "ts",
                        ts(),
                        "event_id",
                        "EvEcho"));

        assertThat(requests.send(requests.event(echo)).status()).isEqualTo(200);
        barrier();
        assertThat(harness.repliesTo("EvEcho")).isEmpty();
        assertThat(harness.postsTo(CHANNEL)).hasSize(1);
    }

    @Test
    void aClassicBotMessageIsAckedAndNotAnswered() {
        String botMessage = SlackFixtures.load(
                "message_bot_message.json",
                Map.of("channel", CHANNEL, "text", "done 1", "ts", ts(), "event_id", "EvClassicBot"));

        assertThat(requests.send(requests.event(botMessage)).status()).isEqualTo(200);
        barrier();
        assertThat(harness.repliesTo("EvClassicBot")).isEmpty();
        assertThat(harness.postsTo(CHANNEL)).hasSize(1);
    }

    @Test
    void theMessageChangedEventAfterADoneButtonUpdateIsAckedAndNotAnswered() {
        harness.enrolled(HIRE, MANAGER, "2026-12-07");
        var weekOne = harness.sectionMessage(CHANNEL, "Week 1");
        new DoneButtons(harness).press(HIRE, weekOne, "Complete IT setup");
        harness.slack.awaitCalls("chat.update", 1);
        int posted = harness.postsTo(CHANNEL).size();
        String changed = SlackFixtures.load(
                "message_changed.json",
                Map.of("channel", CHANNEL, "text", "Week 1 (ticked)", "ts", weekOne.ts(), "event_id", "EvChanged"));

        assertThat(requests.send(requests.event(changed)).status()).isEqualTo(200);
        barrier();
        assertThat(harness.repliesTo("EvChanged")).isEmpty();
        assertThat(harness.postsTo(CHANNEL)).hasSize(posted + 1);
    }

    @Test
    void appHomeOpenedIsAckedWith200() {
        String opened = SlackFixtures.load(
                "app_home_opened.json", Map.of("user", HIRE, "channel", CHANNEL, "event_id", "EvHome"));

        assertThat(requests.send(requests.event(opened)).status()).isEqualTo(200);
    }

    @Test
    void aDirectMessageWithNonAsciiTextIsVerifiedAndAnswered() {
        harness.enrolled(HIRE, MANAGER, "2026-12-07");

        RecordedCall reply = harness.say(HIRE, "done Grüße ✅");

        assertThat(reply.param("text")).contains("No open item matches", "grüße");
        assertThat(harness.doneCount(ADMIN, HIRE)).isZero();
    }
}
