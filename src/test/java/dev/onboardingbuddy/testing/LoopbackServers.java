package dev.onboardingbuddy.testing;

import dev.onboardingbuddy.http.HttpServer;
import dev.onboardingbuddy.http.Operations;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Map;

/** The bot's HTTP server on loopback with one chat endpoint and no readiness checks or metrics. */
public final class LoopbackServers {
    public static final Operations NO_OPERATIONS = new Operations(Map.of(), Map.of(), () -> "");

    private LoopbackServers() {}

    /** Open but not started; port 0 picks a free one. */
    public static HttpServer serving(String path, Handler handler, int port) {
        return new HttpServer("127.0.0.1", port, List.of(new HttpServer.Route(path, handler)), NO_OPERATIONS).open();
    }
}
