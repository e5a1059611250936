package dev.onboardingbuddy.app;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardingbuddy.bench.SeedHires;
import dev.onboardingbuddy.config.Settings;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.holidays.PublicHolidaySources;
import dev.onboardingbuddy.persistence.Database;
import dev.onboardingbuddy.persistence.JdbiHireRepository;
import dev.onboardingbuddy.persistence.JdbiProgressRepository;
import dev.onboardingbuddy.slack.testkit.FakeSlackApi;
import dev.onboardingbuddy.slack.testkit.RecordedCall;
import dev.onboardingbuddy.slack.testkit.RecordedMessage;
import dev.onboardingbuddy.slack.testkit.SlackFixtures;
import dev.onboardingbuddy.slack.testkit.SlackRequests;
import dev.onboardingbuddy.slack.testkit.SlackResponse;
import dev.onboardingbuddy.slack.testkit.SlashCommand;
import dev.onboardingbuddy.testing.MutableClock;
import dev.onboardingbuddy.timeline.TimelinePlanner;
import dev.onboardingbuddy.yaml.CalendarFiles;
import dev.onboardingbuddy.yaml.ChecklistFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole bot as `serve` starts it, on a random port, with an H2 file, a fake Slack Web API on loopback and a
 * clock the test moves; requests are signed the way Slack signs them.
 */
final class BotHarness implements AutoCloseable {
    static final String ADMIN = "UADMIN";
    static final String MANAGER = "UMGR";
    static final String HIRE = "UHIRE";
    static final String MANAGER_CHANNEL = "C0MANAGERS";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient API =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Pattern FRACTION = Pattern.compile("(\\d+)/(\\d+)");

    final MutableClock clock;
    final FakeSlackApi slack;
    private final Map<String, String> environment = new HashMap<>();
    private final AtomicLong events = new AtomicLong();
    private final Optional<PostgresSchema> postgres;
    private OnboardingBuddy bot;
    private SlackRequests requests;
    private UnaryOperator<Executor> background = UnaryOperator.identity();

    BotHarness(Path directory, Instant now) {
        this(directory, now, Map.of());
    }

    /** @param overrides settings applied after the defaults (a database URL of the test's own, say) */
    BotHarness(Path directory, Instant now, Map<String, String> overrides) {
        this.clock = MutableClock.ticking(now);
        this.slack = new FakeSlackApi(clock);
        slack.user(HIRE, "New Hire", ZoneId.of("Europe/Berlin"));
        environment.put("PORT", "0");
        environment.put(
                "DATABASE_URL", "jdbc:h2:file:" + directory.resolve("buddy").toAbsolutePath());
        postgres = PostgresSchema.forEndToEndRun();
        postgres.ifPresent(schema -> environment.putAll(schema.settings()));
        environment.put("SLACK_BOT_TOKEN", "xoxb-test-" + UUID.randomUUID());
        environment.put("SLACK_SIGNING_SECRET", "secret-" + UUID.randomUUID());
        environment.put("SLACK_API_URL", slack.url().toString());
        environment.put("MANAGER_CHANNEL", MANAGER_CHANNEL);
        environment.put("ONBOARDING_ADMINS", ADMIN);
        // once admins are set only known managers enrol; the harness's manager is one, as an installation would list it
        environment.put("ONBOARDING_MANAGERS", MANAGER);
        environment.put("BACKUP_DIR", directory.resolve("backups").toString());
        environment.putAll(overrides);
        start();
    }

    void start() {
        bot = OnboardingBuddy.start(Settings.load(environment), clock, background);
        requests = new SlackRequests(
                URI.create("http://127.0.0.1:" + bot.port()), environment.get("SLACK_SIGNING_SECRET"), clock);
    }

    /** Changes a setting for the next {@link #restart()}. */
    BotHarness with(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** Wraps the pool of work after acknowledgements from the next {@link #restart()} on; drop it to stop a worker. */
    BotHarness withBackground(UnaryOperator<Executor> seam) {
        background = seam;
        return this;
    }

    void restart() {
        bot.close();
        start();
    }

    /** Stops the bot, runs {@code work} with the bot's settings (a command on its H2 file, say), starts it again. */
    void whileStopped(Consumer<Map<String, String>> work) {
        bot.close();
        work.accept(Map.copyOf(environment));
        start();
    }

    /**
     * Adds {@code count} hires as {@link SeedHires} does, while the bot is stopped: the jobs it runs at start would
     * otherwise release the same hires' items beside the seeding, and the two deadlock on their rows.
     */
    void seedHires(int count, int managedByBenchManager) {
        whileStopped(settingsNow -> {
            Settings settings = Settings.load(settingsNow);
            try (Database database = Database.open(
                    settings.database().url(),
                    settings.database().user(),
                    settings.database().password().value(),
                    2)) {
                SeedHires.seed(
                        new JdbiHireRepository(database.jdbi()),
                        new JdbiProgressRepository(database.jdbi()),
                        new ChecklistFiles()
                                .loadDirectory(settings.files().checklists())
                                .orElseThrow(),
                        new CalendarFiles(PublicHolidaySources.standard())
                                .loadDirectory(settings.files().calendars())
                                .orElseThrow()
                                .require(settings.plan().defaultCalendar()),
                        new TimelinePlanner(
                                settings.plan().sendTime(), settings.plan().reminders()),
                        clock,
                        count,
                        managedByBenchManager);
            }
        });
    }

    String botToken() {
        return environment.get("SLACK_BOT_TOKEN");
    }

    String signingSecret() {
        return environment.get("SLACK_SIGNING_SECRET");
    }

    OnboardingBuddy bot() {
        return bot;
    }

    SlackRequests requests() {
        return requests;
    }

    /** Runs the release job now instead of waiting for Quartz's next minute. */
    int releaseDueItems() {
        return bot.components().release().releaseAll();
    }

    // ---- /onboarding ----

    SlackResponse command(String user, String text) {
        return command(user, text, slack.responseUrl());
    }

    SlackResponse command(String user, String text, String responseUrl) {
        return requests.send(requests.slashCommand(new SlashCommand(
                "/onboarding",
                text,
                user,
                user.toLowerCase(),
                "C0GENERAL",
                "T0FAKE",
                "1337.42.trigger",
                responseUrl,
                "A0BUDDY",
                "legacy-verification-token")));
    }

    /** The ack text of a slash command (Bolt answers JSON); parsed, never compared as a string. */
    String commandText(String user, String text) {
        return ackText(command(user, text));
    }

    private static String ackText(SlackResponse response) {
        if (response.status() != 200) {
            throw new AssertionError("slash command got " + response.status() + ": " + response.body());
        }
        return response.body().isBlank() ? "" : response.json().path("text").asText();
    }

    /**
     * {@code /onboarding start ...}: what the bot answered through this command's own response URL once the slow part
     * is done, or the ack itself when the command was refused at once.
     */
    String enrol(String caller, String text) {
        String responseUrl = slack.responseUrl();
        String ack = ackText(command(caller, text, responseUrl));
        if (!ack.startsWith("Enrolling")) {
            return ack;
        }
        String path = URI.create(responseUrl).getPath();
        await().atMost(Duration.ofSeconds(10)).until(() -> responseAt(path).isPresent());
        return responseAt(path).orElseThrow();
    }

    private Optional<String> responseAt(String path) {
        return slack.calls(FakeSlackApi.RESPONSE_URL).stream()
                .filter(call -> path.equals(call.param("path")))
                .map(call -> call.param("text"))
                .findFirst();
    }

    /** Enrols {@code user} as the admin, on backend-engineer with {@code manager}, starting {@code start}. */
    Hire enrolled(String user, String manager, String start) {
        String answer = enrol(ADMIN, "start <@" + user + "> <@" + manager + "> backend-engineer " + start);
        if (!answer.contains("Enrolled <@" + user + ">")) {
            throw new AssertionError("not enrolled: " + answer);
        }
        return hireOf(user).orElseThrow();
    }

    Optional<Hire> hireOf(String user) {
        return bot.components().hires().findOpenByUser(ChatUserId.slack(user));
    }

    /** The first {@code done/total} on the caller's status line for {@code user}. */
    int doneCount(String caller, String user) {
        String line = commandText(caller, "status")
                .lines()
                .filter(l -> l.contains("<@" + user + ">"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(caller + " does not see " + user));
        Matcher matcher = FRACTION.matcher(line);
        if (!matcher.find()) {
            throw new AssertionError("no done/total in " + line);
        }
        return Integer.parseInt(matcher.group(1));
    }

    // ---- the DM ----

    SlackResponse dm(String user, String text) {
        return dm(user, text, null);
    }

    SlackResponse dm(String user, String text, String threadTs) {
        return requests.send(requests.event(dmEvent(user, text, threadTs, nextEventId())));
    }

    String nextEventId() {
        return "Ev" + events.incrementAndGet();
    }

    /** Writes to the bot in its DM and returns the bot's reply, recognised by the reply's idempotency key. */
    RecordedCall say(String user, String text) {
        return say(user, text, null);
    }

    RecordedCall say(String user, String text, String threadTs) {
        String eventId = nextEventId();
        SlackResponse response = requests.send(requests.event(dmEvent(user, text, threadTs, eventId)));
        if (response.status() != 200) {
            throw new AssertionError("DM event got " + response.status() + ": " + response.body());
        }
        return awaitReply(eventId);
    }

    RecordedCall awaitReply(String eventId) {
        await().atMost(Duration.ofSeconds(10)).until(() -> !repliesTo(eventId).isEmpty());
        return repliesTo(eventId).get(repliesTo(eventId).size() - 1);
    }

    /** Every attempt, failed or not, to post the reply to one event. */
    List<RecordedCall> repliesTo(String eventId) {
        return posts().stream()
                .filter(call -> String.valueOf(call.param("metadata")).contains("\"reply:" + eventId + "\""))
                .toList();
    }

    String dmEvent(String user, String text, String threadTs, String eventId) {
        String ts = clock.instant().getEpochSecond() + "." + String.format("%06d", events.incrementAndGet());
        String json = SlackFixtures.load(
                "message_im.json",
                Map.of("channel", dmChannel(user), "user", user, "text", text, "ts", ts, "event_id", eventId));
        if (threadTs == null) {
            return json;
        }
        ObjectNode root = (ObjectNode) json(json);
        ((ObjectNode) root.get("event")).put("thread_ts", threadTs);
        return root.toString();
    }

    /** The fake opens {@code D<id without its first letter>} for a user. */
    static String dmChannel(String user) {
        return "D" + user.substring(1);
    }

    // ---- the HR system API ----

    /** A new API key's secret, made as {@code api-key create NAME} makes it. */
    String apiKey(String name) {
        return bot.components().apiKeys().create(name);
    }

    void revokeApiKey(String name) {
        if (!bot.components().apiKeys().revoke(name)) {
            throw new AssertionError("no active key " + name);
        }
    }

    /** A call to the bot's HTTP API, as an HR system makes it; {@code key} null sends no Authorization. */
    ApiResponse api(String method, String path, String key, String body, Map<String, String> headers) {
        return api(bot.port(), method, path, key, body, headers);
    }

    /** The same call against any bot on this machine, such as a {@link TeamsHarness}'s. */
    static ApiResponse api(int port, String method, String path, String key, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = API.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new ApiResponse(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    ApiResponse api(String method, String path, String key, String body) {
        return api(method, path, key, body, Map.of());
    }

    record ApiResponse(int status, String body, HttpHeaders headers) {
        JsonNode json() {
            return BotHarness.json(body);
        }

        Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    /** Someone joins the workspace: the fake learns them, and Slack's signed {@code team_join} event is delivered. */
    SlackResponse teamJoin(String user, String name, String email) {
        slack.user(user, name, ZoneId.of("Europe/Berlin"), email);
        return requests.send(requests.event(SlackFixtures.load(
                "team_join.json", Map.of("user", user, "name", name, "email", email, "event_id", nextEventId()))));
    }

    // ---- what reached Slack ----

    /** What the bot told people through response URLs after a slow command, such as `start`. */
    List<String> responses() {
        return slack.calls(FakeSlackApi.RESPONSE_URL).stream()
                .map(call -> call.param("text"))
                .toList();
    }

    List<RecordedCall> posts() {
        return slack.calls("chat.postMessage");
    }

    List<RecordedCall> postsTo(String channel) {
        return posts().stream()
                .filter(call -> channel.equals(call.param("channel")))
                .toList();
    }

    /** Messages that reached {@code channel} as Slack holds them (after chat.update), oldest first. */
    List<RecordedMessage> awaitMessagesTo(String channel, int atLeast) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> slack.messagesTo(channel).size() >= atLeast);
        return slack.messagesTo(channel);
    }

    /** The checklist message whose text starts with a section title, once it has arrived. */
    RecordedMessage sectionMessage(String channel, String titlePrefix) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> slack.messagesTo(channel).stream()
                        .anyMatch(message -> message.text().startsWith(titlePrefix)));
        return slack.messagesTo(channel).stream()
                .filter(message -> message.text().startsWith(titlePrefix))
                .findFirst()
                .orElseThrow();
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (bot != null) {
            bot.close();
        }
        slack.close();
        postgres.ifPresent(PostgresSchema::drop);
    }
}
