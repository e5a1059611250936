package dev.onboardingbuddy.slack.testkit;

import com.slack.api.bolt.App;
import dev.onboardingbuddy.http.HttpServer;
import dev.onboardingbuddy.slack.JavalinBoltBridge;
import dev.onboardingbuddy.slack.SlackAppFactory;
import dev.onboardingbuddy.testing.LoopbackServers;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The production HTTP path end to end, on loopback: a {@link FakeSlackApi}, the Bolt App from
 * {@link SlackAppFactory} with your listeners, {@link JavalinBoltBridge} and {@link HttpServer} on a random port, and
 * {@link SlackRequests} signing with the same secret. Each instance gets a unique bot token (the SDK caches
 * token-to-team statically) and a unique signing secret.
 */
public final class SlackTestServer implements AutoCloseable {

    private final FakeSlackApi fake;
    private final App app;
    private final HttpServer server;
    private final SlackRequests requests;

    private SlackTestServer(Clock clock, Duration ackDeadline, Consumer<App> listeners) {
        String signingSecret = "test-signing-secret-" + UUID.randomUUID();
        fake = new FakeSlackApi(clock);
        try {
            app = new SlackAppFactory(
                            LoopbackSlackSettings.of("xoxb-test-" + UUID.randomUUID(), signingSecret, fake.url()))
                    .createApp();
            listeners.accept(app);
            app.start(); // auth.test against the fake, as in production
            server = LoopbackServers.serving(
                            "/slack/events", new JavalinBoltBridge(app, signingSecret, clock, ackDeadline), 0)
                    .start();
        } catch (RuntimeException e) {
            fake.close();
            throw e;
        }
        requests = new SlackRequests(URI.create("http://127.0.0.1:" + server.port()), signingSecret, clock);
    }

    /** @param listeners registers commands, events and actions on the App before it starts */
    public static SlackTestServer start(Clock clock, Consumer<App> listeners) {
        return new SlackTestServer(clock, JavalinBoltBridge.DEFAULT_ACK_DEADLINE, listeners);
    }

    /** @param ackDeadline how long the bridge lets Bolt work before it answers Slack anyway */
    public static SlackTestServer start(Clock clock, Duration ackDeadline, Consumer<App> listeners) {
        return new SlackTestServer(clock, ackDeadline, listeners);
    }

    public FakeSlackApi fake() {
        return fake;
    }

    public App app() {
        return app;
    }

    /** Signs with the server's secret and the clock it was started with. */
    public SlackRequests requests() {
        return requests;
    }

    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.stop();
        app.stop();
        fake.close();
    }
}
