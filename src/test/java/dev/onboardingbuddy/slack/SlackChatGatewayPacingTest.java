package dev.onboardingbuddy.slack;

import dev.onboardingbuddy.enrollment.Platform;
import static dev.onboardingbuddy.slack.SlackGatewayHarness.AIKO;
import static dev.onboardingbuddy.slack.SlackGatewayHarness.message;
import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dev.onboardingbuddy.notification.DeliveryFailure;
import dev.onboardingbuddy.notification.Recipient;
import dev.onboardingbuddy.slack.testkit.FakeSlackApi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gateway takes its turn per Slack channel before each post; waits are recorded, never taken. */
class SlackChatGatewayPacingTest {

    private final FakeSlackApi fake = new FakeSlackApi();
    private final AtomicLong nanos = new AtomicLong();
    private final List<Duration> waits = new ArrayList<>();
    private final List<Integer> postsBeforeEachWait = new ArrayList<>();
    private Slack slack;
    private SlackChatGateway gateway;

    @BeforeEach
    void start() {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(fake.url().toString());
        slack = Slack.getInstance(config);
        ChannelPacer pacer = new ChannelPacer(ChannelPacer.INTERVAL, ChannelPacer.BURST, nanos::get, wait -> {
            waits.add(wait);
            postsBeforeEachWait.add(fake.calls("chat.postMessage").size());
            nanos.addAndGet(wait.toNanos());
        });
        gateway = new SlackChatGateway(slack.methods("xoxb-pacing-" + UUID.randomUUID()), new BlockKitRenderer(),
                pacer);
    }

    @AfterEach
    void stop() throws Exception {
        slack.close();
        fake.close();
    }

    @Test
    void aBurstIntoOneChannelWaitsASecondPerPostBeyondTheFirstThreeBeforePosting() {
        for (int post = 1; post <= 5; post++) {
            gateway.send(message("k" + post, AIKO));
        }

        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertThat(postsBeforeEachWait).as("the wait comes before the post").containsExactly(3, 4);
        assertThat(fake.messagesTo("D0AIKO")).hasSize(5);
    }

    @Test
    void theDirectMessageAndItsChannelIdShareOnePace() {
        gateway.send(message("k1", AIKO));
        gateway.send(message("k2", new Recipient.Channel(Platform.SLACK, "D0AIKO")));
        gateway.send(message("k3", AIKO));
        gateway.send(message("k4", new Recipient.Channel(Platform.SLACK, "D0AIKO")));

        assertThat(waits).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void postsToDifferentChannelsDoNotWait() {
        for (int channel = 1; channel <= 10; channel++) {
            gateway.send(message("k" + channel, new Recipient.Channel(Platform.SLACK, "C" + channel)));
        }

        assertThat(waits).isEmpty();
    }

    @Test
    void anInterruptedWaitPostsNothingAndIsRetryable() throws Exception {
        ChannelPacer interrupted = new ChannelPacer(Duration.ofSeconds(1), 1, nanos::get, wait -> {
            throw new InterruptedException("stopping");
        });
        SlackChatGateway stopping = new SlackChatGateway(slack.methods("xoxb-pacing-" + UUID.randomUUID()),
                new BlockKitRenderer(), interrupted);
        stopping.send(message("k1", new Recipient.Channel(Platform.SLACK, "C1")));

        try {
            stopping.send(message("k2", new Recipient.Channel(Platform.SLACK, "C1")));
            throw new AssertionError("expected a DeliveryFailure");
        } catch (DeliveryFailure failure) {
            assertThat(failure.retryable()).isTrue();
            assertThat(Thread.interrupted()).as("the interrupt is kept").isTrue();
        }
        assertThat(fake.messagesTo("C1")).hasSize(1);
    }
}
