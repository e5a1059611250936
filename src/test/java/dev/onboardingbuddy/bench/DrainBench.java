package dev.onboardingbuddy.bench;

import dev.onboardingbuddy.bench.BenchSupport.Bot;
import dev.onboardingbuddy.bench.BenchSupport.Results;
import dev.onboardingbuddy.slack.testkit.FakeSlackApi;
import dev.onboardingbuddy.slack.testkit.RecordedCall;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Drain rate: a backlog of DMs queued in the outbox of a fresh H2 database, then the built jar started and timed
 * until the fake Slack has every one of them. {@code DrainBench OUT_FILE LATENCY_MS BUDGET MESSAGES PER_CHANNEL}:
 * MESSAGES plain DMs to MESSAGES / PER_CHANNEL users (message i to user i mod users, so every claimed batch spans
 * many DMs), the bot's {@code SLACK_SEND_BUDGET_PER_MINUTE} = BUDGET; the fake enforces 3 posts per channel in any
 * 3 s and, unless the budget is lifted ({@value BenchSupport#LIFTED_BUDGET}), BUDGET posts per minute.
 */
public final class DrainBench {
    private DrainBench() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        long latency = Long.parseLong(args[1]);
        int budget = Integer.parseInt(args[2]);
        int messages = Integer.parseInt(args[3]);
        int perChannel = Integer.parseInt(args[4]);
        int channels = Math.max(1, messages / perChannel);
        Path dir = Files.createTempDirectory(out.getParent(), "drain-");
        String url = "jdbc:h2:file:" + dir.resolve("db/buddy");
        BenchSupport.queueBacklog(url, "sa", "", "drain", messages, channels);

        try (FakeSlackApi slack = BenchSupport.fakeSlack(latency, BenchSupport.fakeBudgetFor(budget))) {
            Instant launched = Instant.now();
            // the expected time at the budget, three times over, and at least two minutes
            Duration timeout = Duration.ofSeconds(Math.max(120, 3L * messages * 60 / Math.min(budget, 60_000)));
            boolean all;
            try (Bot bot = Bot.start(
                    "drain",
                    3310,
                    slack,
                    Map.of("DATABASE_URL", url, "SLACK_SEND_BUDGET_PER_MINUTE", String.valueOf(budget)),
                    dir.resolve("bot.log"))) {
                all = BenchSupport.await(() -> slack.posted().size() >= messages, timeout);
            }
            List<RecordedCall> posts = slack.posted().stream()
                    .sorted(Comparator.comparing(RecordedCall::at))
                    .toList();
            Map<String, Long> perKey = BenchSupport.postsPerKey(posts);
            Instant first = posts.get(0).at();
            Instant last = posts.get(posts.size() - 1).at();
            double span = BenchSupport.seconds(first, last);
            // the busiest full minute: what a minute's budget allows
            int busiestMinute = 0;
            for (int from = 0, to = 0; to < posts.size(); to++) {
                while (!posts.get(from)
                        .at()
                        .plus(Duration.ofMinutes(1))
                        .isAfter(posts.get(to).at())) {
                    from++;
                }
                busiestMinute = Math.max(busiestMinute, to - from + 1);
            }
            BenchSupport.dumpPosts(slack.posted(), dir.resolve("posts.tsv"));
            new Results()
                    .put("messages", messages)
                    .put("channels", channels)
                    .put("latency_ms", latency)
                    .put("budget", budget)
                    .put("fake_budget", BenchSupport.fakeBudgetFor(budget) == 0 ? "none" : budget + "/min")
                    .put("all_delivered", all)
                    .put("posted", posts.size())
                    .put("distinct_keys", perKey.size())
                    .put("duplicates", posts.size() - perKey.size())
                    .put("start_to_first_s", BenchSupport.seconds(launched, first))
                    .put("first_to_last_s", span)
                    .put("per_s", span > 0 ? (posts.size() - 1) / span : 0.0)
                    .put("per_min", span > 0 ? 60 * (posts.size() - 1) / span : 0.0)
                    .put("busiest_minute", span >= 60 ? String.valueOf(busiestMinute) : "n/a (under a minute)")
                    .put("max_channel_1s", BenchSupport.maxPerChannelIn(posts, Duration.ofSeconds(1)))
                    .put("max_channel_3s", BenchSupport.maxPerChannelIn(posts, Duration.ofSeconds(3)))
                    .put("max_channel_10s", BenchSupport.maxPerChannelIn(posts, Duration.ofSeconds(10)))
                    .put("r429_channel", slack.rateLimitedByChannel())
                    .put("r429_workspace", slack.rateLimitedByWorkspace())
                    .put("opens", slack.callCount("conversations.open"))
                    .write(out);
        }
    }
}
