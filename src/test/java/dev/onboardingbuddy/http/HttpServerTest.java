package dev.onboardingbuddy.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.testing.LoopbackServers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpServerTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void anUncaughtExceptionBecomesA500WithAJsonErrorAndNoStackTrace() throws Exception {
        server = LoopbackServers.serving(
                        "/slack/events",
                        ctx -> {
                            throw new IllegalStateException("db password is hunter2");
                        },
                        0)
                .start();

        HttpResponse<String> response = post("/slack/events");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body())
                .contains("\"error\"")
                .doesNotContain("hunter2")
                .doesNotContain("IllegalStateException")
                .doesNotContain("at dev.");
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    }

    @Test
    void picksAFreePortWhenAskedForZeroAndStopsCleanly() throws Exception {
        server = LoopbackServers.serving("/slack/events", ctx -> ctx.result("ok"), 0)
                .start();
        int port = server.port();

        assertThat(port).isPositive();
        assertThat(post("/slack/events").statusCode()).isEqualTo(200);
        server.stop();
        server = LoopbackServers.serving("/slack/events", ctx -> ctx.result("again"), port)
                .start();
        assertThat(post("/slack/events").body()).isEqualTo("again");
    }

    @Test
    void whileStartingTheEndpointsAnswer503StartingAndTheProbesAnswerAlready() throws Exception {
        server = new HttpServer(
                        "127.0.0.1",
                        0,
                        List.of(new HttpServer.Route("/slack/events", ctx -> ctx.result("handled"))),
                        new Operations(Map.of("migrations", () -> false), Map.of(), () -> ""))
                .start();

        HttpResponse<String> starting = post("/slack/events");
        assertThat(starting.statusCode()).isEqualTo(503);
        assertThat(starting.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(starting.body()).contains("\"error\"", "starting");
        HttpResponse<String> ready = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/readyz"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.body()).contains("migrations");

        server.open();
        assertThat(post("/slack/events").body()).isEqualTo("handled");
    }

    private HttpResponse<String> post(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
