package dev.onboardingbuddy.slack;

import static dev.onboardingbuddy.slack.SlackGatewayHarness.AIKO;
import static dev.onboardingbuddy.slack.SlackGatewayHarness.message;
import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dev.onboardingbuddy.enrollment.Platform;
import dev.onboardingbuddy.notification.Recipient;
import dev.onboardingbuddy.slack.testkit.FakeSlackApi;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gateway answers each message's turn per Slack channel with "now" or "not before T"; it never waits. */
class SlackChatGatewayPacingTest {
    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");

    private final FakeSlackApi fake = new FakeSlackApi();
    private Slack slack;
    private SlackChatGateway gateway;

    @BeforeEach
    void start() {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(fake.url().toString());
        slack = Slack.getInstance(config);
        String token = "xoxb-pacing-" + UUID.randomUUID();
        gateway = new SlackChatGateway(new SlackWebApi(slack.methods(token), token, config), new BlockKitRenderer());
    }

    @AfterEach
    void stop() throws Exception {
        slack.close();
        fake.close();
    }

    @Test
    void aBurstOfThreeGoesAtOnceAndTheFourthIsToldToWaitUntilTheFirstIsThreeSecondsOld() {
        for (int post = 1; post <= 3; post++) {
            assertThat(gateway.turn(message("k" + post, AIKO), NOW))
                    .as("post " + post)
                    .isEmpty();
        }

        assertThat(gateway.turn(message("k4", AIKO), NOW.plusMillis(500))).contains(NOW.plusSeconds(3));
        for (int post = 4; post <= 6; post++) {
            assertThat(gateway.turn(message("k" + post, AIKO), NOW.plusSeconds(3)))
                    .as("post " + post)
                    .isEmpty();
        }
        assertThat(gateway.turn(message("k7", AIKO), NOW.plusSeconds(4))).contains(NOW.plusSeconds(6));
    }

    @Test
    void theDirectMessageAndItsChannelIdShareOnePace() {
        gateway.turn(message("k1", AIKO), NOW);
        gateway.turn(message("k2", new Recipient.Channel(Platform.SLACK, "D0AIKO")), NOW);
        gateway.turn(message("k3", AIKO), NOW);

        assertThat(gateway.turn(message("k4", new Recipient.Channel(Platform.SLACK, "D0AIKO")), NOW))
                .isPresent();
    }

    @Test
    void postsToDifferentChannelsDoNotWait() {
        for (int channel = 1; channel <= 10; channel++) {
            assertThat(gateway.turn(message("k" + channel, new Recipient.Channel(Platform.SLACK, "C" + channel)), NOW))
                    .isEmpty();
        }
    }

    @Test
    void sendingItselfNeverWaits() {
        for (int post = 1; post <= 5; post++) {
            gateway.send(message("k" + post, AIKO));
        }

        assertThat(fake.messagesTo("D0AIKO")).hasSize(5);
        assertThat(gateway.turn(message("k6", AIKO), NOW))
                .as("sends take no turns; the dispatcher asks")
                .isEqualTo(Optional.empty());
    }
}
