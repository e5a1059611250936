package dev.onboardingbuddy.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Platform;
import dev.onboardingbuddy.notification.ChatGateway;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.DispatchOutbox;
import dev.onboardingbuddy.notification.OutboundMessage;
import dev.onboardingbuddy.notification.Outbox;
import dev.onboardingbuddy.notification.OutboxAdminAlerts;
import dev.onboardingbuddy.notification.OutboxEntry;
import dev.onboardingbuddy.notification.Recipient;
import dev.onboardingbuddy.notification.RetryPolicy;
import dev.onboardingbuddy.slack.testkit.FakeSlackApi;
import dev.onboardingbuddy.slack.testkit.RecordedMessage;
import dev.onboardingbuddy.testing.MutableClock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The outbox, the real {@link DispatchOutbox} and the real {@link SlackChatGateway} on the SDK, against a fake Slack
 * Web API on loopback, with a clock the test moves. Subclasses choose the outbox, so every scenario runs on the
 * in-memory fake and on JDBI over an H2 file.
 */
abstract class DeliveryFixture {

    static final Instant START = Instant.parse("2025-03-03T08:00:00Z");
    static final ChatUserId ADMIN = ChatUserId.slack("UADMIN");
    /** The fake answers conversations.open for one user with "D" + the id without its first letter. */
    static final String ADMIN_DM = "DADMIN";

    final MutableClock clock = new MutableClock(START);
    FakeSlackApi fake;
    SlackChatGateway gateway;
    Outbox outbox;
    private Slack slack;
    private final AtomicInteger owners = new AtomicInteger();

    /** A fresh, empty outbox for one test. */
    protected abstract Outbox newOutbox();

    @BeforeEach
    void startSlackAndOutbox() {
        fake = new FakeSlackApi(clock);
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(fake.url().toString());
        slack = Slack.getInstance(config);
        // A token per test: the SDK caches token-to-team lookups statically.
        String token = "xoxb-delivery-" + UUID.randomUUID();
        gateway = new SlackChatGateway(new SlackWebApi(slack.methods(token), token, config), new BlockKitRenderer());
        outbox = newOutbox();
    }

    @AfterEach
    void stopSlack() throws Exception {
        slack.close();
        fake.close();
    }

    /** A dispatcher with its own owner name, as a new process would have. Jitter is fixed at the middle. */
    DispatchOutbox dispatcher(ChatGateway via, RetryPolicy policy) {
        return new DispatchOutbox(
                outbox,
                via,
                new OutboxAdminAlerts(outbox, Set.of(ADMIN), clock),
                policy,
                clock,
                () -> 0.5,
                "node-" + owners.incrementAndGet());
    }

    DispatchOutbox dispatcher() {
        return dispatcher(gateway, RetryPolicy.DEFAULT);
    }

    OutboundMessage message(String key, String channel) {
        return new OutboundMessage(
                key,
                new Recipient.Channel(Platform.SLACK, channel),
                ChatMessage.plain("Hello from " + key),
                clock.instant());
    }

    OutboundMessage enqueue(String key, String channel) {
        OutboundMessage message = message(key, channel);
        outbox.enqueue(message, clock.instant());
        return message;
    }

    OutboxEntry entry(String key) {
        return outbox.find(key).orElseThrow(() -> new AssertionError("no outbox entry " + key));
    }

    /** The idempotency keys of the messages in a channel, from their Slack metadata, oldest first. */
    List<String> keysIn(String channel) {
        return fake.messagesTo(channel).stream().map(DeliveryFixture::keyOf).toList();
    }

    static String keyOf(RecordedMessage message) {
        JsonNode key = message.metadata() == null
                ? null
                : message.metadata().path("event_payload").path(SlackChatGateway.IDEMPOTENCY_KEY);
        return key == null || key.isMissingNode() ? null : key.asText();
    }

    /** The Slack reference of the only message in a channel. */
    String onlyRefIn(String channel) {
        List<RecordedMessage> messages = fake.messagesTo(channel);
        if (messages.size() != 1) {
            throw new AssertionError("expected one message in " + channel + " but found " + messages.size());
        }
        return channel + "/" + messages.get(0).ts();
    }

    /**
     * A gateway in a process that dies: a real send through Slack (or none), then nothing more of this dispatcher
     * runs. An {@link Error} is what gets past the dispatcher's handling, like the process ending.
     */
    static final class DyingGateway implements ChatGateway {
        private final ChatGateway real;
        private final boolean sendsFirst;

        DyingGateway(ChatGateway real, boolean sendsFirst) {
            this.real = real;
            this.sendsFirst = sendsFirst;
        }

        @Override
        public String send(OutboundMessage message) {
            if (sendsFirst) {
                real.send(message);
            }
            throw new ProcessDied();
        }

        @Override
        public Optional<String> findSent(OutboundMessage message) {
            return real.findSent(message);
        }

        @Override
        public void update(String deliveryRef, ChatMessage content) {
            real.update(deliveryRef, content);
        }
    }

    static final class ProcessDied extends Error {
        private static final long serialVersionUID = 1L;

        ProcessDied() {
            super("the process died here");
        }
    }
}
