package dev.onboardingbuddy.bench;

import dev.onboardingbuddy.bench.BenchSupport.Bot;
import dev.onboardingbuddy.bench.BenchSupport.Results;
import dev.onboardingbuddy.slack.testkit.FakeSlackApi;
import dev.onboardingbuddy.slack.testkit.RecordedCall;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Takeover: two instances of the built jar on one PostgreSQL database (Quartz clustered, one outbox), a backlog of
 * DMs queued, instance A killed with SIGKILL once a share of the backlog went out, and the time from the kill until
 * the fake Slack has every message; every message must arrive exactly once (counted by the idempotency key in each
 * post's metadata). {@code TakeoverBench OUT_FILE JDBC_URL USER PASSWORD MESSAGES PER_CHANNEL BUDGET KILL_AT_PERCENT
 * LATENCY_MS}. The database's {@code public} schema is dropped and made anew first: give it a database of its own.
 */
public final class TakeoverBench {
    private TakeoverBench() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        String url = args[1];
        String user = args[2];
        String password = args[3];
        int messages = Integer.parseInt(args[4]);
        int perChannel = Integer.parseInt(args[5]);
        int budget = Integer.parseInt(args[6]);
        int killAtPercent = Integer.parseInt(args[7]);
        long latency = Long.parseLong(args[8]);
        Path dir = Files.createTempDirectory(out.getParent(), "takeover-");
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
            statement.execute("CREATE SCHEMA public");
        } catch (SQLException unreachable) {
            new Results()
                    .put("skipped", "no PostgreSQL at " + url + " as " + user + ": " + unreachable.getMessage())
                    .write(out);
            return;
        }
        BenchSupport.queueBacklog(url, user, password, "takeover", messages, Math.max(1, messages / perChannel));

        Map<String, String> settings = Map.of(
                "DATABASE_URL",
                url,
                "DATABASE_USER",
                user,
                "DATABASE_PASSWORD",
                password,
                "SLACK_SEND_BUDGET_PER_MINUTE",
                String.valueOf(budget));
        try (FakeSlackApi slack = BenchSupport.fakeSlack(latency, BenchSupport.fakeBudgetFor(budget));
                Bot a = Bot.start("a", 3331, slack, settings, dir.resolve("bot-a.log"));
                Bot b = Bot.start("b", 3332, slack, settings, dir.resolve("bot-b.log"))) {
            int killAt = Math.max(1, messages * killAtPercent / 100);
            boolean reached = BenchSupport.await(
                    () -> slack.posted().size() >= killAt && postsBy(slack, "a") > 0, Duration.ofSeconds(180));
            if (!reached) {
                throw new IllegalStateException("instance A never sent part of the backlog; see " + dir);
            }
            a.kill9();
            Instant killed = Instant.now();
            long byAAtKill = postsBy(slack, "a");
            long postedAtKill = slack.posted().size();
            long leasedAtKill = leased(url, user, password);
            boolean all = BenchSupport.await(
                    () -> BenchSupport.postsPerKey(slack.posted()).size() >= messages,
                    Duration.ofSeconds(Math.max(120, 3L * messages * 60 / Math.min(budget, 60_000))));
            // a moment more, to see a late duplicate
            Thread.sleep(2_000);
            List<RecordedCall> posts = slack.posted().stream()
                    .sorted(Comparator.comparing(RecordedCall::at))
                    .toList();
            Map<String, Long> perKey = BenchSupport.postsPerKey(posts);
            Map<String, Instant> firstOfKey = new HashMap<>();
            posts.forEach(post -> firstOfKey.putIfAbsent(BenchSupport.keyOf(post), post.at()));
            Instant lastNew =
                    firstOfKey.values().stream().max(Comparator.naturalOrder()).orElse(killed);
            List<RecordedCall> afterKill =
                    posts.stream().filter(post -> post.at().isAfter(killed)).toList();
            Instant firstAfter = afterKill.isEmpty() ? killed : afterKill.get(0).at();
            BenchSupport.dumpPosts(slack.posted(), dir.resolve("posts.tsv"));
            new Results()
                    .put("messages", messages)
                    .put("budget", budget)
                    .put("latency_ms", latency)
                    .put("posted_at_kill", postedAtKill)
                    .put("by_a_at_kill", byAAtKill)
                    .put("leased_at_kill", leasedAtKill)
                    .put("all_delivered", all)
                    .put("posted", posts.size())
                    .put("distinct_keys", perKey.size())
                    .put("duplicates", posts.size() - perKey.size())
                    .put(
                            "keys_posted_twice",
                            perKey.values().stream().filter(count -> count > 1).count())
                    .put("missing", messages - perKey.size())
                    .put("by_a", postsBy(slack, "a"))
                    .put("by_b", postsBy(slack, "b"))
                    .put("kill_to_last_s", BenchSupport.seconds(killed, lastNew))
                    .put("kill_to_first_s", BenchSupport.seconds(killed, firstAfter))
                    .put("history_lookups", slack.callCount("conversations.history"))
                    .put("r429_channel", slack.rateLimitedByChannel())
                    .put("r429_workspace", slack.rateLimitedByWorkspace())
                    .write(out);
        }
    }

    /** Posts the instance named {@code name} made (each has a token of its own). */
    private static long postsBy(FakeSlackApi slack, String name) {
        String bearer = "Bearer xoxb-bench-" + name;
        return slack.posted().stream()
                .filter(post -> bearer.equals(post.authorization()))
                .count();
    }

    /** Messages claimed and not yet recorded (either instance's), right after the kill. */
    private static long leased(String url, String user, String password) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT count(*) FROM outbox WHERE status = 'PENDING'" + " AND claimed_until > now()")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
