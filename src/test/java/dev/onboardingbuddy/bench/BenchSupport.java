package dev.onboardingbuddy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.OutboundMessage;
import dev.onboardingbuddy.notification.Recipient;
import dev.onboardingbuddy.persistence.Database;
import dev.onboardingbuddy.persistence.JdbiOutbox;
import dev.onboardingbuddy.slack.testkit.FakeSlackApi;
import dev.onboardingbuddy.slack.testkit.RecordedCall;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * What the drain, burst and takeover benchmarks share: the built jar as a child process against an in-process
 * {@link FakeSlackApi} that enforces Slack's limits, a backlog queued through the outbox repository, and figures
 * computed from the posts the fake let through. Results go to a file of {@code name=value} lines that
 * {@code bench/run.sh} reads.
 */
final class BenchSupport {
    static final String SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final String ADMIN = "U0ADMIN";
    static final String MANAGER_CHANNEL = "C0MANAGERS";
    /** Slack: about one post per second per channel with short bursts; the bot keeps to 3 in any 3 s. */
    static final int CHANNEL_BURST = 3;

    static final Duration CHANNEL_WINDOW = Duration.ofSeconds(3);
    /** How much earlier a post may arrive than its window allows and still pass: thread and loopback jitter. */
    static final Duration JITTER = Duration.ofMillis(250);
    /** The highest budget the bot accepts (SettingsReader): what "lifted" means. */
    static final int LIFTED_BUDGET = 100_000;

    static final int DEFAULT_BUDGET = 600;

    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchSupport() {}

    /** The fake Slack of one run: its round trip, Slack's per-channel limit, and a workspace budget (0: none). */
    static FakeSlackApi fakeSlack(long latencyMs, int workspacePerMinute) {
        return new FakeSlackApi()
                .latency(Duration.ofMillis(latencyMs))
                .limitPosts(CHANNEL_BURST, CHANNEL_WINDOW, workspacePerMinute, JITTER);
    }

    /** The fake's workspace budget for a bot budget: Slack's own (the default) when the bot keeps to it, else none. */
    static int fakeBudgetFor(int botBudget) {
        return botBudget >= LIFTED_BUDGET ? 0 : botBudget;
    }

    /** Queues {@code count} plain DMs, message i to user {@code UD<i % channels>}, keyed {@code prefix:i}, due now. */
    static void queueBacklog(String jdbcUrl, String user, String password, String prefix, int count, int channels) {
        try (Database database = Database.open(jdbcUrl, user, password, 2)) {
            JdbiOutbox outbox = new JdbiOutbox(database);
            Instant now = Instant.now();
            for (int i = 0; i < count; i++) {
                outbox.enqueue(
                        new OutboundMessage(
                                prefix + ":" + i,
                                new Recipient.DirectMessage(ChatUserId.slack("UD" + (i % channels))),
                                ChatMessage.plain("Backlog message " + i + " of " + count),
                                now.minusSeconds(1)),
                        now);
            }
        }
    }

    /** The idempotency key the bot put into a post's metadata, or null. */
    static String keyOf(RecordedCall post) {
        String metadata = post.param("metadata");
        if (metadata == null) {
            return null;
        }
        try {
            JsonNode key = JSON.readTree(metadata).path("event_payload").path("idempotency_key");
            return key.isMissingNode() ? null : key.asText();
        } catch (IOException notJson) {
            return null;
        }
    }

    /** Waits until {@code done} or the timeout, polling; returns whether it got done. */
    static boolean await(BooleanSupplier done, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (done.getAsBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return done.getAsBoolean();
    }

    /** The most posts any one channel got in any window of this length, over the posts given. */
    static int maxPerChannelIn(Collection<RecordedCall> posts, Duration window) {
        Map<String, List<Instant>> byChannel = new HashMap<>();
        posts.forEach(post -> byChannel
                .computeIfAbsent(post.param("channel"), c -> new ArrayList<>())
                .add(post.at()));
        int max = 0;
        for (List<Instant> times : byChannel.values()) {
            times.sort(null);
            int from = 0;
            for (int to = 0; to < times.size(); to++) {
                while (!times.get(from).plus(window).isAfter(times.get(to))) {
                    from++;
                }
                max = Math.max(max, to - from + 1);
            }
        }
        return max;
    }

    /** Posts per key among these posts. */
    static Map<String, Long> postsPerKey(Collection<RecordedCall> posts) {
        return posts.stream()
                .map(BenchSupport::keyOf)
                .filter(key -> key != null)
                .collect(Collectors.groupingBy(key -> key, Collectors.counting()));
    }

    /** Every post the fake let through, one line each (instant, channel, key, text's start), for a look afterwards. */
    static void dumpPosts(Collection<RecordedCall> posts, Path file) {
        StringBuilder text = new StringBuilder();
        for (RecordedCall post : posts) {
            String body = String.valueOf(post.param("text")).replace('\n', ' ');
            text.append(post.at())
                    .append('\t')
                    .append(post.param("channel"))
                    .append('\t')
                    .append(keyOf(post))
                    .append('\t')
                    .append(body, 0, Math.min(80, body.length()))
                    .append('\n');
        }
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e9;
    }

    /** Results, in order, written as {@code name=value} lines (values single-quoted for the shell). */
    static final class Results {
        private final Map<String, String> values = new LinkedHashMap<>();

        Results put(String name, Object value) {
            values.put(name, value instanceof Double d ? String.format(Locale.ROOT, "%.2f", d) : String.valueOf(value));
            return this;
        }

        void write(Path file) {
            StringBuilder text = new StringBuilder();
            values.forEach((name, value) -> text.append(name)
                    .append("='")
                    .append(value.replace("'", ""))
                    .append("'\n"));
            try {
                Files.writeString(file, text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            System.out.print(text);
        }
    }

    /** The built jar, serving, as a child process with an environment of its own (nothing inherited but PATH). */
    static final class Bot implements AutoCloseable {
        private final Process process;
        private final int port;

        private Bot(Process process, int port) {
            this.process = process;
            this.port = port;
        }

        /**
         * Starts {@code target/onboarding-buddy.jar serve} from the current folder (the repository root) on
         * {@code port}, against {@code slack}, with {@code extra} settings on top of the benchmark's; its output goes
         * to {@code log}, with the JVM options the README runs it with. JVM options from BENCH_BOT_JAVA_OPTS are added
         * (e.g. a JFR recording).
         */
        static Bot start(String name, int port, FakeSlackApi slack, Map<String, String> extra, Path log)
                throws IOException {
            List<String> command = new ArrayList<>(List.of(
                    "java",
                    "-Xmx512m",
                    "-Dfile.encoding=UTF-8",
                    "-XX:TieredStopAtLevel=1",
                    "-XX:SharedArchiveFile=target/onboarding-buddy.jsa"));
            String opts =
                    System.getenv().getOrDefault("BENCH_BOT_JAVA_OPTS", "").replace("{name}", name);
            if (!opts.isBlank()) {
                command.addAll(List.of(opts.trim().split("\\s+")));
            }
            command.addAll(List.of("-jar", "target/onboarding-buddy.jar", "serve"));
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            String path = env.get("PATH");
            String javaHome = env.get("JAVA_HOME");
            env.clear();
            env.put("PATH", path);
            if (javaHome != null) {
                env.put("JAVA_HOME", javaHome);
            }
            env.putAll(Map.of(
                    "CONFIG_FILE",
                    "config/application.yaml",
                    "CHECKLISTS_DIR",
                    "config/checklists",
                    "CALENDARS_DIR",
                    "config/calendars",
                    "TEAMS_DIR",
                    "config/teams",
                    "PORT",
                    String.valueOf(port),
                    "SLACK_BOT_TOKEN",
                    "xoxb-bench-" + name,
                    "SLACK_SIGNING_SECRET",
                    SIGNING_SECRET,
                    "SLACK_API_URL",
                    slack.url().toString(),
                    "MANAGER_CHANNEL",
                    MANAGER_CHANNEL,
                    "ONBOARDING_ADMINS",
                    ADMIN));
            env.put("BACKUP_INTERVAL_HOURS", "0");
            String senders = System.getenv("OUTBOX_SENDERS");
            if (senders != null && !senders.isBlank()) {
                env.put("OUTBOX_SENDERS", senders);
            }
            env.putAll(extra);
            return new Bot(builder.start(), port);
        }

        long pid() {
            return process.pid();
        }

        URI events() {
            return URI.create("http://127.0.0.1:" + port + "/slack/events");
        }

        /** Waits until {@code /healthz} answers 200; fails if the process ended or it took longer than the timeout. */
        Bot awaitHealthy(Duration timeout) throws InterruptedException {
            HttpClient client = HttpClient.newHttpClient();
            URI health = URI.create("http://127.0.0.1:" + port + "/healthz");
            boolean healthy = await(
                    () -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException(
                                    "the bot on port " + port + " ended with " + process.exitValue());
                        }
                        try {
                            return client.send(
                                                    HttpRequest.newBuilder(health)
                                                            .timeout(Duration.ofSeconds(1))
                                                            .build(),
                                                    HttpResponse.BodyHandlers.discarding())
                                            .statusCode()
                                    == 200;
                        } catch (IOException notYet) {
                            return false;
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return false;
                        }
                    },
                    timeout);
            if (!healthy) {
                throw new IllegalStateException("the bot on port " + port + " was not healthy within " + timeout);
            }
            return this;
        }

        /** {@code kill -9}: SIGKILL, nothing runs any more (Process.destroyForcibly on Linux). */
        void kill9() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor();
        }

        /** SIGTERM and the bot's own orderly stop, SIGKILL after 45 s. */
        @Override
        public void close() throws InterruptedException {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(45, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        }
    }
}
