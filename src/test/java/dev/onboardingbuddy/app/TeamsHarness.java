package dev.onboardingbuddy.app;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardingbuddy.config.Settings;
import dev.onboardingbuddy.msteams.testkit.BotFrameworkTokens;
import dev.onboardingbuddy.msteams.testkit.FakeBotFramework;
import dev.onboardingbuddy.msteams.testkit.RecordedActivity;
import dev.onboardingbuddy.slack.testkit.FakeSlackApi;
import dev.onboardingbuddy.testing.MutableClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The whole bot as `serve` starts it with the Teams settings, on a random port and an H2 file, against a fake Bot
 * Framework on loopback; activities are posted with bearer tokens signed by the fake's key, as the Bot Connector
 * does. With {@link #withSlack} the same process also serves a fake Slack.
 */
final class TeamsHarness implements AutoCloseable {
    static final String ADMIN = "29:admin0001";
    static final String MANAGER = "29:manager0001";
    static final String HIRE = "29:hire0001";
    static final String MANAGER_CHANNEL = "19:managers0001@thread.tacv2";
    static final String TENANT = "tenant-0001";
    static final ObjectMapper JSON = new ObjectMapper();

    final MutableClock clock;
    final FakeBotFramework teams = new FakeBotFramework();
    final BotFrameworkTokens tokens;
    final Map<String, String> environment = new HashMap<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicLong ids = new AtomicLong();
    private Optional<FakeSlackApi> slack = Optional.empty();
    private OnboardingBuddy bot;

    TeamsHarness(Path directory, Instant now) {
        this.clock = MutableClock.ticking(now);
        this.tokens = teams.tokens(clock);
        environment.put("PORT", "0");
        environment.put(
                "DATABASE_URL", "jdbc:h2:file:" + directory.resolve("buddy").toAbsolutePath());
        environment.put("MSTEAMS_APP_ID", teams.appId());
        environment.put("MSTEAMS_APP_PASSWORD", teams.appPassword());
        environment.put("MSTEAMS_TENANT_ID", TENANT);
        environment.put("MSTEAMS_MANAGER_CHANNEL", MANAGER_CHANNEL);
        environment.put("MSTEAMS_SERVICE_URL", teams.serviceUrl());
        environment.put("MSTEAMS_OPENID_METADATA_URL", teams.openIdMetadataUrl().toString());
        environment.put("MSTEAMS_TOKEN_URL", teams.tokenUrl().toString());
        environment.put("ONBOARDING_ADMINS", ADMIN);
        environment.put("BACKUP_DIR", directory.resolve("backups").toString());
    }

    /** Serves a fake Slack too, with a Slack admin {@code UADMIN}: one process, both platforms. */
    TeamsHarness withSlack() {
        FakeSlackApi fake = new FakeSlackApi(clock);
        slack = Optional.of(fake);
        environment.put("SLACK_BOT_TOKEN", "xoxb-test-" + UUID.randomUUID());
        environment.put("SLACK_SIGNING_SECRET", "secret-" + UUID.randomUUID());
        environment.put("SLACK_API_URL", fake.url().toString());
        environment.put("MANAGER_CHANNEL", "C0MANAGERS");
        environment.put("ONBOARDING_ADMINS", ADMIN + ",UADMIN");
        return this;
    }

    FakeSlackApi slack() {
        return slack.orElseThrow();
    }

    TeamsHarness start() {
        bot = OnboardingBuddy.start(Settings.load(environment), clock);
        return this;
    }

    void restart() {
        bot.close();
        start();
    }

    OnboardingBuddy bot() {
        return bot;
    }

    URI messagesUrl() {
        return URI.create("http://127.0.0.1:" + bot.port() + "/api/messages");
    }

    // ---- activities as Teams sends them ----

    /** A message typed in {@code user}'s personal chat with the bot. */
    ObjectNode personalMessage(String user, String name, String text, List<String[]> mentions) {
        ObjectNode activity = base("message", user, name, "a:" + user.substring(3) + "-chat", "personal");
        activity.put("text", text);
        ArrayNode entities = activity.putArray("entities");
        for (String[] mention : mentions) {
            ObjectNode entity = entities.addObject().put("type", "mention").put("text", "<at>" + mention[1] + "</at>");
            entity.putObject("mentioned").put("id", mention[0]).put("name", mention[1]);
        }
        entities.addObject()
                .put("type", "clientInfo")
                .put("timezone", "Europe/Berlin")
                .put("locale", "en-US");
        return activity;
    }

    ObjectNode base(String type, String user, String name, String conversation, String conversationType) {
        ObjectNode activity = JSON.createObjectNode();
        activity.put("type", type)
                .put("id", "act" + ids.incrementAndGet())
                .put("channelId", "msteams")
                .put("serviceUrl", teams.serviceUrl())
                .put("timestamp", clock.instant().toString());
        activity.putObject("from")
                .put("id", user)
                .put("name", name)
                .put("aadObjectId", UUID.randomUUID().toString());
        activity.putObject("conversation")
                .put("id", conversation)
                .put("conversationType", conversationType)
                .put("tenantId", TENANT);
        activity.putObject("recipient").put("id", "28:" + teams.appId()).put("name", "Onboarding Buddy");
        activity.putObject("channelData").putObject("tenant").put("id", TENANT);
        return activity;
    }

    static String personalChat(String user) {
        return "a:" + user.substring(3) + "-chat";
    }

    Response post(JsonNode activity) {
        return post(activity, tokens.valid(teams.serviceUrl()));
    }

    Response post(JsonNode activity, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(messagesUrl())
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(activity.toString()));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Response(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Every activity the bot posted into a conversation, oldest first. */
    List<RecordedActivity> sentTo(String conversation) {
        return teams.activitiesTo(conversation).stream()
                .filter(a -> a.method().equals("POST"))
                .toList();
    }

    List<RecordedActivity> awaitSentTo(String conversation, int atLeast) {
        await().atMost(Duration.ofSeconds(15)).until(() -> sentTo(conversation).size() >= atLeast);
        return sentTo(conversation);
    }

    /** The conversation the bot opened with a user who never wrote to it. */
    String awaitOpenedChatWith(String user) {
        await().atMost(Duration.ofSeconds(15))
                .until(() -> teams.conversationRequests().stream()
                        .anyMatch(request -> request.toString().contains(user)));
        return teams.conversationWith(user);
    }

    /** A call to the bot's HR system API with a key made for it. */
    BotHarness.ApiResponse api(String method, String path, String key, String body) {
        return BotHarness.api(bot.port(), method, path, key, body, Map.of());
    }

    @Override
    public void close() {
        if (bot != null) {
            bot.close();
        }
        teams.close();
        slack.ifPresent(FakeSlackApi::close);
    }
}
