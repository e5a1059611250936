package dev.onboardingbuddy.app;

import com.slack.api.app_backend.SlackSignature;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.onboardingbuddy.config.Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Starts the bot once, as {@code serve} would, against a scratch database and a stand-in for Slack's Web API on
 * loopback; asks it one signed {@code /onboarding status} and {@code /healthz}; stops it. Run under
 * {@code -XX:ArchiveClassesAtExit=FILE}, the JVM records every class this loaded into a class-data archive, and a bot
 * started with {@code -XX:SharedArchiveFile=FILE} maps them instead of loading, parsing and verifying ~10,000 classes
 * from the jar one by one, which is most of what a start costs. Nothing here reaches the network or the bot's own
 * database.
 */
public final class WarmUp {
    private static final String STAND_IN_ANSWER = "{\"ok\":false,\"error\":\"warm_up_stand_in\"}";
    private static final String AUTH_TEST_ANSWER =
            "{\"ok\":true,\"url\":\"https://warm-up.invalid/\",\"team\":\"warm-up\","
                    + "\"user\":\"buddy\",\"team_id\":\"T0WARMUP\",\"user_id\":\"U0BUDDY\",\"bot_id\":\"B0BUDDY\"}";

    /** Settings that would reach Teams or open a Socket Mode connection to Slack. */
    private static final List<String> TEAMS_AND_SOCKET_MODE = List.of(
            "MSTEAMS_APP_ID",
            "MSTEAMS_APP_PASSWORD",
            "MSTEAMS_TENANT_ID",
            "MSTEAMS_MANAGER_CHANNEL",
            "SLACK_APP_TOKEN");

    private WarmUp() {}

    /**
     * @param environment the settings {@code serve} would read (the checklists and calendars are loaded from where
     *     they say); database, port, Slack and backups are replaced by scratch ones
     * @return what the bot answered, one line per request
     */
    public static List<String> run(Map<String, String> environment) throws IOException, InterruptedException {
        Path scratch = Files.createTempDirectory("onboarding-buddy-warm-up");
        HttpServer slack = slackStandIn();
        Clock clock = Clock.systemUTC();
        try {
            String secret = UUID.randomUUID().toString();
            Map<String, String> warmUp = new HashMap<>(environment);
            warmUp.keySet().removeIf(name -> name.startsWith("DATABASE_"));
            // blank values, not absent ones: a blank one also overrides what the settings file says
            TEAMS_AND_SOCKET_MODE.forEach(name -> warmUp.put(name, ""));
            warmUp.put(
                    "DATABASE_URL", "jdbc:h2:file:" + scratch.resolve("warm-up").toAbsolutePath());
            warmUp.put("PORT", "0");
            warmUp.put("SLACK_BOT_TOKEN", "xoxb-warm-up");
            warmUp.put("SLACK_SIGNING_SECRET", secret);
            warmUp.put("SLACK_API_URL", "http://127.0.0.1:" + slack.getAddress().getPort() + "/api/");
            warmUp.put("MANAGER_CHANNEL", "C0WARMUP");
            warmUp.put("BACKUP_INTERVAL_HOURS", "0");
            try (OnboardingBuddy bot =
                    OnboardingBuddy.start(Settings.load(warmUp).requireServe(), clock)) {
                URI base = URI.create("http://127.0.0.1:" + bot.port());
                HttpClient client = HttpClient.newHttpClient();
                return List.of(
                        ask(client, signedStatus(base, secret, clock)),
                        ask(
                                client,
                                HttpRequest.newBuilder(base.resolve("/healthz")).build()));
            }
        } finally {
            slack.stop(0);
            deleteAll(scratch);
        }
    }

    private static HttpRequest signedStatus(URI base, String secret, Clock clock) {
        String body = "command=" + URLEncoder.encode("/onboarding", StandardCharsets.UTF_8)
                + "&text=status&user_id=U0WARMUP&user_name=warm-up&channel_id=C0WARMUP&team_id=T0WARMUP";
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        return HttpRequest.newBuilder(base.resolve("/slack/events"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP, timestamp)
                .header(
                        SlackSignature.HeaderNames.X_SLACK_SIGNATURE,
                        new SlackSignature.Generator(secret).generate(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    /** @throws IllegalStateException when the bot did not answer 200: a warm-up that failed records a lesser archive */
    private static String ask(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        String outcome = request.method() + " " + request.uri().getPath() + ": " + response.statusCode();
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the warm-up's " + outcome + " " + response.body());
        }
        return outcome;
    }

    /** Answers {@code auth.test}, which Bolt calls at start, and refuses everything else as Slack refuses a bad call. */
    private static HttpServer slackStandIn() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(
                "/api/",
                exchange -> answer(
                        exchange,
                        exchange.getRequestURI().getPath().endsWith("/auth.test")
                                ? AUTH_TEST_ANSWER
                                : STAND_IN_ANSWER));
        server.start();
        return server;
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private static void deleteAll(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the warm-up's scratch directory " + directory, e);
        }
    }
}
