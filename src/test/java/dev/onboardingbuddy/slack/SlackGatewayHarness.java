package dev.onboardingbuddy.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.MessageBlock;
import dev.onboardingbuddy.notification.OutboundMessage;
import dev.onboardingbuddy.notification.Recipient;
import dev.onboardingbuddy.notification.Text;
import dev.onboardingbuddy.slack.testkit.FakeSlackApi;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A {@link SlackChatGateway} on the real SDK, pointed at a fresh {@link FakeSlackApi}, with a unique bot token (the
 * SDK caches token-to-team statically). One per test.
 */
final class SlackGatewayHarness implements AutoCloseable {

    static final Recipient AIKO = new Recipient.DirectMessage(ChatUserId.slack("U0AIKO"));
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String token = "xoxb-gateway-test-" + UUID.randomUUID();
    private final FakeSlackApi fake = new FakeSlackApi();
    private final Slack slack;
    private final SlackChatGateway gateway;
    private final SlackPeople people;

    SlackGatewayHarness() {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(fake.url().toString());
        slack = Slack.getInstance(config);
        gateway = new SlackChatGateway(new SlackWebApi(slack.methods(token), token, config), new BlockKitRenderer());
        people = new SlackPeople(slack.methods(token));
    }

    FakeSlackApi fake() {
        return fake;
    }

    SlackChatGateway gateway() {
        return gateway;
    }

    /** Slack profiles through the same token and fake. */
    SlackPeople people() {
        return people;
    }

    String token() {
        return token;
    }

    /** A one-line checklist message with an open Done button. */
    static OutboundMessage message(String key, Recipient to) {
        ChatMessage content = new ChatMessage(
                Text.plain("Week 1\n1. Laptop"),
                List.of(
                        new MessageBlock.Header("Week 1"),
                        new MessageBlock.ChecklistLine(
                                1,
                                "Laptop",
                                "",
                                false,
                                new MessageBlock.Button("item_done", "Done", "H1|laptop", false))));
        return new OutboundMessage(key, to, content, Instant.parse("2025-03-03T08:00:00Z"));
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    @Override
    public void close() throws Exception {
        slack.close();
        fake.close();
    }
}
