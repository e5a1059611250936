package dev.onboardingbuddy.slack.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds requests exactly as Slack sends them to the bot (signed with {@link SlackSigner} at the given clock's time)
 * and sends them with {@link HttpClient}. Events are JSON; slash commands and interactivity are form-encoded.
 * Thread-safe.
 */
public final class SlackRequests {

    public static final String EVENTS_PATH = "/slack/events";

    private final URI baseUrl;
    private final SlackSigner signer;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** @param baseUrl the bot's server, e.g. {@code http://127.0.0.1:8080} */
    public SlackRequests(URI baseUrl, String signingSecret, Clock clock) {
        this.baseUrl = baseUrl;
        this.signer = new SlackSigner(signingSecret);
        this.clock = clock;
    }

    /** An Events API delivery ({@code event_callback} JSON, e.g. from {@link SlackFixtures}). */
    public SlackRequest event(String json) {
        return signed(EVENTS_PATH, "application/json", json, clock.instant());
    }

    public SlackRequest slashCommand(SlashCommand command) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", command.token());
        form.put("team_id", command.teamId());
        form.put("channel_id", command.channelId());
        form.put("user_id", command.userId());
        form.put("user_name", command.userName());
        form.put("command", command.command());
        form.put("text", command.text() == null ? "" : command.text());
        form.put("api_app_id", command.apiAppId());
        form.put("response_url", command.responseUrl());
        form.put("trigger_id", command.triggerId());
        return signed(EVENTS_PATH, "application/x-www-form-urlencoded", formEncode(form), clock.instant());
    }

    /** Block actions, view submissions, shortcuts: Slack posts {@code payload=<url-encoded JSON>}. */
    public SlackRequest interactivity(String payloadJson) {
        return signed(
                EVENTS_PATH,
                "application/x-www-form-urlencoded",
                formEncode(Map.of("payload", payloadJson)),
                clock.instant());
    }

    /** Any body, signed as if sent at {@code signedAt}: use it for stale or future timestamps. */
    public SlackRequest signed(String path, String contentType, String body, Instant signedAt) {
        long timestamp = signedAt.getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(SlackRequest.TIMESTAMP, Long.toString(timestamp));
        headers.put(SlackRequest.SIGNATURE, signer.sign(timestamp, body));
        return new SlackRequest(path, contentType, body, headers);
    }

    public SlackResponse send(SlackRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(baseUrl.resolve(request.path()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", request.contentType())
                .header("User-Agent", "Slackbot 1.0 (+https://api.slack.com/robots)")
                .POST(HttpRequest.BodyPublishers.ofByteArray(request.body().getBytes(StandardCharsets.UTF_8)));
        request.headers().forEach(builder::header);
        return exchange(builder.build());
    }

    /** A plain GET against the bot's server, e.g. {@code /healthz}. */
    public SlackResponse get(String path) {
        return exchange(HttpRequest.newBuilder(baseUrl.resolve(path))
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build());
    }

    private SlackResponse exchange(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new SlackResponse(
                    response.statusCode(),
                    new String(response.body(), StandardCharsets.UTF_8),
                    response.headers().map());
        } catch (IOException e) {
            throw new AssertionError("could not reach " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while calling " + request.uri(), e);
        }
    }

    private static String formEncode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
