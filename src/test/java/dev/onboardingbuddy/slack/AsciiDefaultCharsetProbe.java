package dev.onboardingbuddy.slack;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.AppConfig;
import com.slack.api.model.event.MessageEvent;
import dev.onboardingbuddy.slack.testkit.SlackFixtures;
import dev.onboardingbuddy.slack.testkit.SlackRequest;
import dev.onboardingbuddy.slack.testkit.SlackResponse;
import dev.onboardingbuddy.slack.testkit.SlackTestServer;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Run by {@link DefaultCharsetIndependenceTest} in a child JVM started with {@code -Dfile.encoding=US-ASCII} and stray
 * OAuth variables in its environment; prints {@code key=value} lines for the parent to check. The default charset is
 * fixed when a JVM starts, so this cannot be tested in the surefire JVM itself.
 */
final class AsciiDefaultCharsetProbe {

    static final String TEXT = "Grüße, 日本 ✅";

    private AsciiDefaultCharsetProbe() {}

    public static void main(String[] args) {
        System.out.println("default-charset=" + Charset.defaultCharset().name());
        List<String> received = new CopyOnWriteArrayList<>();
        try (SlackTestServer bot = SlackTestServer.start(
                Clock.systemUTC(),
                app -> app.event(MessageEvent.class, (payload, ctx) -> {
                    received.add(payload.getEvent().getText());
                    return ctx.ack();
                }))) {
            System.out.println("oauth-mode=" + bot.app().config().isDistributedApp());
            // The premise: a plain AppConfig.builder() would have picked the stray variables up (java-slack-sdk #1113).
            System.out.println(
                    "plain-builder-oauth-mode=" + AppConfig.builder().build().isDistributedApp());
            String body = SlackFixtures.load(
                    "message_im.json",
                    Map.of(
                            "channel",
                            "D1",
                            "user",
                            "U1",
                            "text",
                            TEXT,
                            "ts",
                            "1700000000.000100",
                            "event_id",
                            "Ev-ascii"));
            SlackRequest request = bot.requests().event(body);

            // The premise: Bolt's own verifier, which we switched off, fails this very request under ASCII.
            String secret = bot.app().config().getSigningSecret();
            boolean boltAccepts = new SlackSignature.Verifier(new SlackSignature.Generator(secret))
                    .isValid(
                            request.headers().get(SlackRequest.TIMESTAMP),
                            body,
                            request.headers().get(SlackRequest.SIGNATURE),
                            System.currentTimeMillis());
            System.out.println("bolt-verifier-accepts=" + boltAccepts);

            SlackResponse response = bot.requests().send(request);
            System.out.println("status=" + response.status());
            System.out.println("text-intact=" + (received.size() == 1 && TEXT.equals(received.get(0))));
        }
    }
}
