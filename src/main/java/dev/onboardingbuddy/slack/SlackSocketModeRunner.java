package dev.onboardingbuddy.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the Bolt App over Socket Mode (Tyrus 1.x WebSocket client) instead of HTTP, for workspaces where Slack cannot
 * reach us. Not thread-safe: start and stop from the composition root only.
 *
 * <p>The concurrency argument matters: without it one slow listener blocks every other envelope (java-slack-sdk
 * #1409). Socket Mode sends no ack for a non-200 listener result, so Slack retries those just as over HTTP.
 */
public final class SlackSocketModeRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SlackSocketModeRunner.class);

    private final String appToken;
    private final App app;
    private final int concurrency;
    private SocketModeApp socketModeApp;

    public SlackSocketModeRunner(String appToken, App app, int concurrency) {
        if (appToken == null || !appToken.startsWith("xapp-")) {
            throw new IllegalArgumentException(
                    "slack.appToken must be an app-level token starting with xapp- (Basic Information > App-Level Tokens,"
                            + " scope connections:write)");
        }
        if (concurrency < 1) {
            throw new IllegalArgumentException("slack.socketModeConcurrency must be at least 1, was " + concurrency);
        }
        this.appToken = appToken;
        this.app = app;
        this.concurrency = concurrency;
    }

    /** Connects and returns once the WebSocket session is open; Bolt's {@code app.start()} runs as part of it. */
    public void start() throws Exception {
        if (socketModeApp != null) {
            return;
        }
        socketModeApp = new SocketModeApp(appToken, app, concurrency);
        socketModeApp.startAsync();
        LOG.info("Slack Socket Mode connected with {} listener threads", concurrency);
    }

    public void stop() throws Exception {
        if (socketModeApp != null) {
            socketModeApp.close();
            socketModeApp = null;
            LOG.info("Slack Socket Mode disconnected");
        }
    }

    @Override
    public void close() throws Exception {
        stop();
    }

    @Override
    public String toString() {
        return "SlackSocketModeRunner[appToken=<redacted>, concurrency=" + concurrency + "]";
    }
}
