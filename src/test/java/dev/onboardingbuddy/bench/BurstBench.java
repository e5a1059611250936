package dev.onboardingbuddy.bench;

import dev.onboardingbuddy.bench.BenchSupport.Bot;
import dev.onboardingbuddy.bench.BenchSupport.Results;
import dev.onboardingbuddy.slack.testkit.FakeSlackApi;
import dev.onboardingbuddy.slack.testkit.RecordedCall;
import dev.onboardingbuddy.slack.testkit.SlackSigner;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Burst: HIRES signed {@code /onboarding start <@UBH<i>> <@U0MGR> backend-engineer DATE tz ZONE} commands from the
 * admin into the running jar (fresh H2), as fast as CONCURRENCY callers can, and the time from the first command
 * until each hire's first DM arrives at the fake Slack. {@code BurstBench OUT_FILE HIRES BUDGET LATENCY_MS
 * [CONCURRENCY] [WARM_UP]}: with WARM_UP above 0, that many other hires ({@code UWU<i>}) are enrolled the same way
 * first and their first DMs awaited, so that the burst meets a bot that has been running (its JIT warm), not one
 * just started.
 *
 * <p>The hires' zone is a fixed-offset {@code Etc/GMT} zone in which it is now a working day (Monday-Friday, the
 * default calendar) between 10:00 and 17:00, and their start date is today there: past {@code SEND_TIME} (09:00) and
 * inside the quiet hours (08:00-18:00), so the week-1 section is released and due at enrolment. The bot runs on the
 * real clock, so the zone is chosen per run and reported.
 */
public final class BurstBench {
    private BurstBench() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int hires = Integer.parseInt(args[1]);
        int budget = Integer.parseInt(args[2]);
        long latency = Long.parseLong(args[3]);
        int concurrency = args.length > 4 ? Integer.parseInt(args[4]) : 16;
        int warmUp = args.length > 5 ? Integer.parseInt(args[5]) : 0;
        Path dir = Files.createTempDirectory(out.getParent(), "burst-");
        String url = "jdbc:h2:file:" + dir.resolve("db/buddy");
        ZoneId zone = workingZone(Instant.now());
        LocalDate today = LocalDate.now(zone);

        try (FakeSlackApi slack = BenchSupport.fakeSlack(latency, BenchSupport.fakeBudgetFor(budget));
                Bot bot = Bot.start(
                        "burst",
                        3320,
                        slack,
                        Map.of("DATABASE_URL", url, "SLACK_SEND_BUDGET_PER_MINUTE", String.valueOf(budget)),
                        dir.resolve("bot.log"))) {
            bot.awaitHealthy(Duration.ofSeconds(90));
            String responseUrl = slack.responseUrl();
            if (warmUp > 0) {
                // a bot that has been running: its JIT has compiled the enrolment path, as after any earlier enrolments
                Commands warm = send(bot, responseUrl, "UWU", warmUp, concurrency, today, zone);
                boolean warmed = BenchSupport.await(
                        () -> firstDms(slack.posted(), "DWU").size() >= warmUp, Duration.ofMinutes(3));
                System.out.println("warm-up: " + warm.acked() + " acked, all first DMs: " + warmed);
            }
            long opensBefore = slack.callCount("conversations.open");
            long usersInfoBefore = slack.callCount("users.info");
            Instant burst = Instant.now();
            Commands commands = send(bot, responseUrl, "UBH", hires, concurrency, today, zone);
            Instant allAcked = Instant.now();

            // every hire's first DM, or the time out: the budget's bound three times over, at least two minutes
            Duration timeout = Duration.ofSeconds(Math.max(120, 3L * hires * 60 / Math.min(budget, 60_000)));
            boolean all =
                    BenchSupport.await(() -> firstDms(slack.posted(), "DBH").size() >= hires, timeout);
            List<RecordedCall> posts = slack.posted().stream()
                    .filter(post -> !post.at().isBefore(burst))
                    .toList();
            Map<String, Instant> first = firstDms(posts, "DBH");
            List<Double> delays = first.values().stream()
                    .map(at -> BenchSupport.seconds(burst, at))
                    .sorted()
                    .toList();
            double bound = hires / (budget / 60.0);
            double last = delays.isEmpty() ? Double.NaN : delays.get(delays.size() - 1);
            Instant lastFirst =
                    first.values().stream().max(Comparator.naturalOrder()).orElse(burst);
            long othersBefore = posts.stream()
                    .filter(post -> !post.param("channel").startsWith("DBH"))
                    .filter(post -> !post.at().isAfter(lastFirst))
                    .count();
            long hireDmsBefore = posts.stream()
                    .filter(post -> post.param("channel").startsWith("DBH"))
                    .filter(post -> !post.at().isAfter(lastFirst))
                    .count();
            // the answers through response_url: when each enrolment was done (before its DMs could go)
            List<Double> answered = slack.calls(FakeSlackApi.RESPONSE_URL).stream()
                    .filter(call -> !call.at().isBefore(burst))
                    .map(call -> BenchSupport.seconds(burst, call.at()))
                    .sorted()
                    .toList();
            BenchSupport.dumpPosts(slack.posted(), dir.resolve("posts.tsv"));
            new Results()
                    .put("hires", hires)
                    .put("budget", budget)
                    .put("latency_ms", latency)
                    .put("fake_budget", BenchSupport.fakeBudgetFor(budget) == 0 ? "none" : budget + "/min")
                    .put("zone", zone.getId())
                    .put("local_time", ZonedDateTime.now(zone).toLocalTime().withNano(0))
                    .put("start_date", today)
                    .put("concurrency", concurrency)
                    .put("warm_up_hires", warmUp)
                    .put("acked", commands.acked())
                    .put("try_again", commands.tryAgain())
                    .put("burst_s", BenchSupport.seconds(burst, allAcked))
                    .put("all_first_dms", all)
                    .put("hires_with_dm", first.size())
                    .put("median_s", delays.isEmpty() ? Double.NaN : delays.get(delays.size() / 2))
                    .put("p90_s", delays.isEmpty() ? Double.NaN : delays.get((int) (delays.size() * 0.9)))
                    .put("last_s", last)
                    .put("answers", answered.size())
                    .put("answer_median_s", answered.isEmpty() ? Double.NaN : answered.get(answered.size() / 2))
                    .put("answer_last_s", answered.isEmpty() ? Double.NaN : answered.get(answered.size() - 1))
                    .put("bound_s", budget >= BenchSupport.LIFTED_BUDGET ? "n/a" : String.format("%.1f", bound))
                    .put(
                            "last_vs_bound_pct",
                            budget >= BenchSupport.LIFTED_BUDGET ? "n/a" : String.format("%.0f", 100 * last / bound))
                    // every post up to the last first DM took a turn of the budget: the bound for all of them
                    .put(
                            "bound_all_s",
                            budget >= BenchSupport.LIFTED_BUDGET
                                    ? "n/a"
                                    : String.format("%.1f", (hireDmsBefore + othersBefore) / (budget / 60.0)))
                    .put(
                            "last_vs_bound_all_pct",
                            budget >= BenchSupport.LIFTED_BUDGET
                                    ? "n/a"
                                    : String.format(
                                            "%.0f", 100 * last / ((hireDmsBefore + othersBefore) / (budget / 60.0))))
                    .put("hire_dms_until_last", hireDmsBefore)
                    .put("other_posts_until_last", othersBefore)
                    .put("posts_total", posts.size())
                    .put("max_channel_3s", BenchSupport.maxPerChannelIn(posts, Duration.ofSeconds(3)))
                    .put("r429_channel", slack.rateLimitedByChannel())
                    .put("r429_workspace", slack.rateLimitedByWorkspace())
                    .put("opens", slack.callCount("conversations.open") - opensBefore)
                    .put("users_info", slack.callCount("users.info") - usersInfoBefore)
                    .write(out);
        }
    }

    private record Commands(int acked, int tryAgain) {}

    /**
     * Sends {@code count} start commands for {@code <prefix><i>} from the admin, {@code concurrency} at a time, each as
     * soon as the one before it on its caller was acknowledged; returns once all were.
     */
    private static Commands send(
            Bot bot, String responseUrl, String prefix, int count, int concurrency, LocalDate today, ZoneId zone)
            throws InterruptedException {
        SlackSigner signer = new SlackSigner(BenchSupport.SIGNING_SECRET);
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService callers = Executors.newFixedThreadPool(concurrency);
        AtomicInteger acked = new AtomicInteger();
        AtomicInteger tryAgain = new AtomicInteger();
        List<Future<?>> sent = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String text = "start <@" + prefix + i + "> <@U0MGR> backend-engineer " + today + " tz " + zone.getId();
            sent.add(callers.submit(() -> {
                String body = "token=x&team_id=T0FAKE&user_id=" + BenchSupport.ADMIN + "&command=%2Fonboarding&text="
                        + URLEncoder.encode(text, StandardCharsets.UTF_8) + "&response_url="
                        + URLEncoder.encode(responseUrl, StandardCharsets.UTF_8) + "&trigger_id=1";
                long ts = Instant.now().getEpochSecond();
                HttpRequest request = HttpRequest.newBuilder(bot.events())
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-Slack-Request-Timestamp", String.valueOf(ts))
                        .header("X-Slack-Signature", signer.sign(ts, body))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build();
                HttpResponse<String> ack = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (ack.statusCode() == 200) {
                    acked.incrementAndGet();
                }
                // the bot could not take the command (no database connection in time): the caller is told to try
                // again
                if (ack.body().toLowerCase(Locale.ROOT).contains("try again")) {
                    tryAgain.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> command : sent) {
            try {
                command.get();
            } catch (ExecutionException failed) {
                System.err.println("a command failed: " + failed.getCause());
            }
        }
        callers.shutdown();
        return new Commands(acked.get(), tryAgain.get());
    }

    /** The first post into each hire's DM ({@code DBH<i>}, the fake's channel for {@code UBH<i>}). */
    private static Map<String, Instant> firstDms(List<RecordedCall> posts, String channelPrefix) {
        Map<String, Instant> first = new HashMap<>();
        for (RecordedCall post : posts) {
            if (post.param("channel").startsWith(channelPrefix)) {
                first.merge(post.param("channel"), post.at(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return first;
    }

    /**
     * A whole-hour {@code Etc/GMT} zone in which it is a weekday and as close to 13:00 as there is (10:00-17:00);
     * throws when there is none (a weekend everywhere), so the run says so rather than measuring quiet hours.
     */
    static ZoneId workingZone(Instant now) {
        ZoneId best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int offset = -12; offset <= 14; offset++) {
            ZoneId zone = ZoneId.of(offset == 0 ? "Etc/GMT" : "Etc/GMT" + (offset > 0 ? "-" : "+") + Math.abs(offset));
            ZonedDateTime local = now.atZone(zone);
            boolean weekday = local.getDayOfWeek() != DayOfWeek.SATURDAY && local.getDayOfWeek() != DayOfWeek.SUNDAY;
            int minute = local.getHour() * 60 + local.getMinute();
            if (weekday && minute >= 10 * 60 && minute < 17 * 60 && Math.abs(minute - 13 * 60) < bestDistance) {
                best = zone;
                bestDistance = Math.abs(minute - 13 * 60);
            }
        }
        if (best == null) {
            throw new IllegalStateException("no time zone has working hours on a weekday now; run again on a weekday");
        }
        return best;
    }
}
