package dev.onboardingbuddy.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onboardingbuddy.config.Settings;
import dev.onboardingbuddy.slack.testkit.FakeSlackApi;
import dev.onboardingbuddy.slack.testkit.RecordedCall;
import dev.onboardingbuddy.slack.testkit.SlackFixtures;
import dev.onboardingbuddy.slack.testkit.SlackRequests;
import dev.onboardingbuddy.slack.testkit.SlackResponse;
import dev.onboardingbuddy.slack.testkit.SlashCommand;
import dev.onboardingbuddy.testing.MutableClock;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

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

  final MutableClock clock;
  final FakeSlackApi slack;
  private final Path directory;
  private final Map<String, String> environment = new HashMap<>();
  private final AtomicLong events = new AtomicLong();
  private OnboardingBuddy bot;
  private SlackRequests requests;

  BotHarness(Path directory, Instant now) {
    this.directory = directory;
    this.clock = new MutableClock(now);
    this.slack = new FakeSlackApi(clock);
    slack.user(HIRE, "New Hire", ZoneId.of("Europe/Berlin"));
    environment.put("PORT", "0");
    environment.put("DATABASE_URL", "jdbc:h2:file:" + directory.resolve("buddy").toAbsolutePath());
    environment.put("SLACK_BOT_TOKEN", "xoxb-test-" + UUID.randomUUID());
    environment.put("SLACK_SIGNING_SECRET", "secret-" + UUID.randomUUID());
    environment.put("SLACK_API_URL", slack.url().toString());
    environment.put("MANAGER_CHANNEL", MANAGER_CHANNEL);
    environment.put("ONBOARDING_ADMINS", ADMIN);
    environment.put("BACKUP_DIR", directory.resolve("backups").toString());
    start();
  }

  BotHarness with(String name, String value) {
    environment.put(name, value);
    return this;
  }

  void start() {
    bot = OnboardingBuddy.start(Settings.load(environment), clock);
    requests = new SlackRequests(URI.create("http://127.0.0.1:" + bot.port()), environment.get(
        "SLACK_SIGNING_SECRET"), clock);
  }

  void restart() {
    bot.close();
    start();
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

  SlackResponse command(String user, String text) {
    return requests.send(requests.slashCommand(new SlashCommand("/onboarding", text, user, user.toLowerCase(),
        "C0GENERAL", "T0FAKE", "1337.42.trigger", slack.responseUrl(), "A0BUDDY", "legacy-verification-token")));
  }

  /** The ack text of a slash command (Bolt answers JSON); parsed, never compared as a string. */
  String commandText(String user, String text) {
    SlackResponse response = command(user, text);
    if (response.status() != 200) {
      throw new AssertionError("slash command got " + response.status() + ": " + response.body());
    }
    return response.body().isBlank() ? "" : response.json().path("text").asText();
  }

  SlackResponse dm(String user, String text) {
    return dm(user, text, null);
  }

  SlackResponse dm(String user, String text, String threadTs) {
    String eventId = "Ev" + events.incrementAndGet();
    return requests.send(requests.event(dmEvent(user, text, threadTs, eventId)));
  }

  String dmEvent(String user, String text, String threadTs, String eventId) {
    String ts = clock.instant().getEpochSecond() + "." + String.format("%06d", events.incrementAndGet());
    String json = SlackFixtures.load("message_im.json", Map.of("channel", dmChannel(user), "user", user,
        "text", text, "ts", ts, "event_id", eventId));
    if (threadTs == null) {
      return json;
    }
    try {
      com.fasterxml.jackson.databind.node.ObjectNode root = (com.fasterxml.jackson.databind.node.ObjectNode)
          JSON.readTree(json);
      ((com.fasterxml.jackson.databind.node.ObjectNode) root.get("event")).put("thread_ts", threadTs);
      return JSON.writeValueAsString(root);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The fake opens {@code D<id without its first letter>} for a user. */
  static String dmChannel(String user) {
    return "D" + user.substring(1);
  }

  /** What the bot told people through the response URL after a slow command, such as `start`. */
  List<String> responses() {
    return slack.calls(FakeSlackApi.RESPONSE_URL).stream().map(call -> call.param("text")).toList();
  }

  List<RecordedCall> posts() {
    return slack.calls("chat.postMessage");
  }

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    if (bot != null) {
      bot.close();
    }
    slack.close();
  }
}
