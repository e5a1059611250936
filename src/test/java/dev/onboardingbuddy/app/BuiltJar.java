package dev.onboardingbuddy.app;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardingbuddy.slack.testkit.FakeSlackApi;
import dev.onboardingbuddy.slack.testkit.RecordedCall;
import dev.onboardingbuddy.slack.testkit.RecordedMessage;
import dev.onboardingbuddy.slack.testkit.SlackFixtures;
import dev.onboardingbuddy.slack.testkit.SlackRequests;
import dev.onboardingbuddy.slack.testkit.SlackResponse;
import dev.onboardingbuddy.slack.testkit.SlashCommand;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * `java -jar target/onboarding-buddy.jar serve` as its own process, driven from outside the way Slack drives it:
 * signed HTTP requests in, a fake Slack Web API on loopback out. Every day is a working day and there are no quiet
 * hours, so the scenarios do not depend on when the build runs.
 */
final class BuiltJar implements AutoCloseable {
    static final Path JAR = Path.of("target", "onboarding-buddy.jar");
    /** The shortest outbox lease the bot accepts, so that a killed process's claims come back soonest. */
    static final Duration LEASE = Duration.ofSeconds(10);

    private static final Pattern UP = Pattern.compile("Onboarding Buddy is up on port (\\d+)");

    final FakeSlackApi slack = new FakeSlackApi();
    private final Path directory;
    private final Map<String, String> environment = new HashMap<>();
    private final AtomicLong events = new AtomicLong();
    private Process process;
    private int starts;
    private SlackRequests requests;

    BuiltJar(Path directory) throws IOException {
        this.directory = directory;
        Files.createDirectories(directory.resolve("calendars"));
        Files.writeString(
                directory.resolve("calendars/every-day.yaml"),
                "id: every-day\nname: Every day\n"
                        + "workingDays: [monday, tuesday, wednesday, thursday, friday, saturday, sunday]\nholidays: []\n");
        environment.put("PORT", "0");
        environment.put(
                "DATABASE_URL", "jdbc:h2:file:" + directory.resolve("buddy").toAbsolutePath());
        environment.put("SLACK_BOT_TOKEN", "xoxb-jar-" + UUID.randomUUID());
        environment.put("SLACK_SIGNING_SECRET", "jar-secret-" + UUID.randomUUID());
        environment.put("SLACK_API_URL", slack.url().toString());
        environment.put("MANAGER_CHANNEL", "C0MANAGERS");
        environment.put("ONBOARDING_ADMINS", "UADMIN");
        environment.put("ONBOARDING_DEFAULT_CALENDAR", "every-day");
        environment.put("CALENDARS_DIR", directory.resolve("calendars").toString());
        environment.put("SEND_TIME", "00:00");
        environment.put("QUIET_HOURS_START", "00:00");
        environment.put("QUIET_HOURS_END", "23:59:59");
        environment.put("BACKUP_INTERVAL_HOURS", "0");
        environment.put("OUTBOX_LEASE_SECONDS", String.valueOf(LEASE.toSeconds()));
    }

    BuiltJar start() throws IOException {
        Path log = directory.resolve("bot-" + (++starts) + ".log");
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toAbsolutePath().toString(),
                "serve");
        builder.environment().keySet().removeIf(name -> name.startsWith("SLACK_") || name.startsWith("DATABASE_"));
        builder.environment().putAll(environment);
        builder.directory(Path.of("").toAbsolutePath().toFile());
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        process = builder.start();
        int port = await().atMost(Duration.ofSeconds(90)).until(() -> port(log), p -> p > 0);
        requests = new SlackRequests(
                URI.create("http://127.0.0.1:" + port), environment.get("SLACK_SIGNING_SECRET"), Clock.systemUTC());
        return this;
    }

    private int port(Path log) throws IOException {
        if (!process.isAlive()) {
            throw new AssertionError("the bot exited:\n" + Files.readString(log));
        }
        Matcher matcher = UP.matcher(Files.exists(log) ? Files.readString(log) : "");
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    /** SIGKILL, as `kill -9`: no shutdown hook, nothing flushed. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    SlackRequests requests() {
        return requests;
    }

    /** Runs `/onboarding` and returns the ack text (Bolt answers JSON: parsed, never compared as a string). */
    String command(String user, String text) {
        SlackResponse response = requests.send(requests.slashCommand(new SlashCommand(
                "/onboarding",
                text,
                user,
                user.toLowerCase(),
                "C0GENERAL",
                "T0FAKE",
                "1337.42.trigger",
                slack.responseUrl(),
                "A0BUDDY",
                "token")));
        if (response.status() != 200) {
            throw new AssertionError("/onboarding " + text + " got " + response.status() + ": " + response.body());
        }
        return response.body().isBlank() ? "" : response.json().path("text").asText();
    }

    String enrol(String text) {
        int before = slack.calls(FakeSlackApi.RESPONSE_URL).size();
        command("UADMIN", text);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> slack.calls(FakeSlackApi.RESPONSE_URL).size() > before);
        return slack.calls(FakeSlackApi.RESPONSE_URL).get(before).param("text");
    }

    SlackResponse dm(String user, String text) {
        String eventId = "EvJar" + events.incrementAndGet();
        String ts = System.currentTimeMillis() / 1000 + "." + String.format("%06d", events.incrementAndGet());
        return requests.send(requests.event(SlackFixtures.load(
                "message_im.json",
                Map.of(
                        "channel",
                        "D" + user.substring(1),
                        "user",
                        user,
                        "text",
                        text,
                        "ts",
                        ts,
                        "event_id",
                        eventId))));
    }

    SlackResponse pressDone(String user, RecordedMessage message, String title) {
        JsonNode button = DoneButtons.buttonFor(message.blocks(), title);
        ObjectNode payload = (ObjectNode) BotHarness.json(SlackFixtures.load(
                "block_actions_done.json",
                Map.of(
                        "user",
                        user,
                        "message_ts",
                        message.ts(),
                        "channel",
                        message.channel(),
                        "action_id",
                        button.path("action_id").asText(),
                        "item_key",
                        "unused")));
        ((ObjectNode) payload.get("actions").get(0))
                .put("value", button.path("value").asText());
        ((ObjectNode) payload.get("message")).set("blocks", message.blocks());
        return requests.send(requests.interactivity(payload.toString()));
    }

    List<RecordedCall> postsTo(String channel) {
        return slack.calls("chat.postMessage").stream()
                .filter(call -> channel.equals(call.param("channel")))
                .toList();
    }

    /** How often each idempotency key is in Slack: messages posted successfully, not failed attempts. */
    Map<String, Long> postsByKey() {
        return slack.allMessages().stream()
                .filter(message -> message.metadata() != null)
                .map(message -> message.metadata()
                        .path("event_payload")
                        .path("idempotency_key")
                        .asText())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    /** Messages in the channel, successfully posted. */
    List<RecordedMessage> messagesIn(String channel) {
        return slack.messagesTo(channel);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
        slack.close();
        keepLogs();
    }

    /** The bot's own logs outlive the temporary folder, for whoever reads a failed build. */
    private void keepLogs() {
        try (var logs = Files.list(directory)) {
            Path kept = Files.createDirectories(
                    Path.of("target", "built-jar-logs", directory.getFileName().toString()));
            for (Path log :
                    logs.filter(file -> file.toString().endsWith(".log")).toList()) {
                Files.copy(log, kept.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // the logs are a convenience; the test result stands without them
        }
    }
}
