package dev.onboardingbuddy.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.onboardingbuddy.slack.testkit.RecordedCall;
import dev.onboardingbuddy.slack.testkit.RecordedMessage;
import dev.onboardingbuddy.slack.testkit.SlackResponse;
import dev.onboardingbuddy.slack.testkit.SlashCommand;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built jar, driven from outside by a Slack-like client against a fake Slack Web API. */
class BuiltJarIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    /** After a kill -9, what the dead process had claimed waits out its lease (BuiltJar: 10 s) first. */
    private static final Duration RESTART_WAIT = WAIT.plus(BuiltJar.LEASE);

    private static final Pattern FRACTION = Pattern.compile("(\\d+)/(\\d+) done");

    @TempDir
    Path directory;

    private static int doneCount(BuiltJar bot, String caller) {
        Matcher matcher = FRACTION.matcher(bot.command(caller, "status"));
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
    }

    private static long releases(BuiltJar bot) {
        return bot.postsByKey().keySet().stream()
                .filter(key -> key.startsWith("release:"))
                .count();
    }

    /**
     * The releases once the catch-up is over: a hire's sections go to one DM, paced at 3 posts in any 3 s, so the
     * last ones may still be waiting when the first four are in; over means nothing new for longer than that.
     */
    private static long settledReleases(BuiltJar bot) {
        AtomicLong last = new AtomicLong(-1);
        AtomicLong changedAt = new AtomicLong(System.nanoTime());
        await().atMost(WAIT).pollInterval(Duration.ofMillis(250)).until(() -> {
            long now = releases(bot);
            if (now != last.getAndSet(now)) {
                changedAt.set(System.nanoTime());
                return false;
            }
            return System.nanoTime() - changedAt.get() > Duration.ofSeconds(5).toNanos();
        });
        return last.get();
    }

    @Test
    void enrolDeliverDoneByTextAndButtonAndStatusFollow() throws Exception {
        try (BuiltJar bot = new BuiltJar(directory)) {
            bot.slack.user("UHIRE", "New Hire", ZoneId.of("Europe/Berlin"));
            bot.start();

            assertThat(bot.enrol("start <@UHIRE|hire> <@UMGR|boss> backend-engineer " + LocalDate.now(ZoneOffset.UTC)))
                    .contains("Enrolled <@UHIRE>");
            await().atMost(WAIT)
                    .until(() -> bot.slack.messagesTo("DHIRE").stream()
                            .anyMatch(message -> message.text().startsWith("Week 1")));
            SlackResponse forged = bot.requests()
                    .send(bot.requests()
                            .slashCommand(SlashCommand.of("/onboarding", "status", "UMGR"))
                            .withHeader("X-Slack-Signature", "v0=0000"));
            assertThat(forged.status()).isEqualTo(401);

            assertThat(bot.dm("UHIRE", "done 1").status()).isEqualTo(200);
            await().atMost(WAIT)
                    .until(() -> bot.messagesIn("DHIRE").stream()
                            .anyMatch(message -> message.text().contains("Done: 1.")));
            assertThat(doneCount(bot, "UMGR")).isEqualTo(1);

            RecordedMessage weekOne = bot.slack.messagesTo("DHIRE").stream()
                    .filter(message -> message.text().startsWith("Week 1"))
                    .findFirst()
                    .orElseThrow();
            assertThat(bot.pressDone("UHIRE", weekOne, "Set up development environment and tools")
                            .status())
                    .isEqualTo(200);
            await().atMost(WAIT).until(() -> doneCount(bot, "UMGR") == 2);
        }
    }

    @Test
    void aHireWhoStarted31DaysAgoGetsCaughtUpAndKill9AndRestartSendNothingTwice() throws Exception {
        try (BuiltJar bot = new BuiltJar(directory)) {
            bot.slack.user("ULATE", "Late Hire", ZoneOffset.UTC);
            bot.start();
            LocalDate started = LocalDate.now(ZoneOffset.UTC).minusDays(31);

            bot.enrol("start <@ULATE|late> <@UMGR|boss> backend-engineer " + started);

            await().atMost(WAIT)
                    .until(() -> bot.messagesIn("C0MANAGERS").stream()
                            .anyMatch(message -> message.text().contains("30-Day Review")));
            List<RecordedMessage> reminders = bot.messagesIn("C0MANAGERS");
            assertThat(reminders)
                    .filteredOn(message -> message.text().contains("30-Day Review"))
                    .singleElement()
                    .satisfies(message -> assertThat(message.text()).contains("<@UMGR>", "<@ULATE>"));
            assertThat(reminders).anyMatch(message -> message.text().contains("(meeting)"));
            await().atMost(WAIT).until(() -> bot.messagesIn("DLATE").size() >= 4);
            long catchUp = settledReleases(bot);
            assertThat(catchUp)
                    .as("one DM per released section, not one per item")
                    .isBetween(4L, 8L);
            long managerReminders = bot.messagesIn("C0MANAGERS").size();

            // a backlog that is still pending when the process dies
            bot.slack.failNext("chat.postMessage", 2, 500);
            assertThat(bot.dm("ULATE", "done 1").status()).isEqualTo(200);
            assertThat(bot.dm("ULATE", "done 2").status()).isEqualTo(200);
            bot.kill();
            bot.start();

            await().atMost(RESTART_WAIT)
                    .until(() -> bot.messagesIn("DLATE").stream()
                                    .filter(message -> message.text().contains("Done: "))
                                    .count()
                            >= 2);
            assertThat(bot.messagesIn("DLATE"))
                    .filteredOn(message -> message.text().contains("Done: "))
                    .hasSize(2);
            Map<String, Long> posts = bot.postsByKey();
            assertThat(posts.values())
                    .as("nothing twice across the kill and the restart: %s", posts)
                    .allMatch(count -> count == 1);
            assertThat(releases(bot))
                    .as("no section sent again after the restart")
                    .isEqualTo(catchUp);
            assertThat(bot.messagesIn("C0MANAGERS"))
                    .as("no reminder sent again")
                    .hasSize((int) managerReminders);
        }
    }

    @Test
    void slackFailingWith500sAndA429StillDeliversEachMessageOnceAfterRetryAfter() throws Exception {
        try (BuiltJar bot = new BuiltJar(directory)) {
            bot.slack.user("UHIRE", "New Hire", ZoneOffset.UTC);
            bot.start();
            bot.enrol("start <@UHIRE|hire> <@UMGR|boss> new-hire " + LocalDate.now(ZoneOffset.UTC));
            await().atMost(WAIT).until(() -> !bot.messagesIn("DHIRE").isEmpty());

            bot.slack.failNext("chat.postMessage", 3, 500);
            bot.dm("UHIRE", "list");
            await().atMost(WAIT)
                    .until(() -> bot.messagesIn("DHIRE").stream()
                            .anyMatch(message -> message.text().startsWith("Your open items")));

            bot.slack.rateLimitNext("chat.postMessage", 1, 2);
            bot.dm("UHIRE", "help");
            await().atMost(WAIT)
                    .until(() -> bot.messagesIn("DHIRE").stream()
                            .anyMatch(message -> message.text().startsWith("Here is what I understand")));

            assertThat(bot.postsByKey().values()).as("each message once").allMatch(count -> count == 1);
            assertThat(bot.messagesIn("DHIRE"))
                    .filteredOn(m -> m.text().startsWith("Your open items"))
                    .hasSize(1);
            List<RecordedCall> helpAttempts = bot.postsTo("DHIRE").stream()
                    .filter(call -> call.param("text").startsWith("Here is what I understand"))
                    .toList();
            assertThat(helpAttempts).as("refused once with 429, then sent").hasSize(2);
            assertThat(Duration.between(
                            helpAttempts.get(0).at(), helpAttempts.get(1).at()))
                    .as("the retry waited for Retry-After")
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        }
    }

    @Test
    void aStartAcknowledgedRightBeforeAKill9IsEnrolledAndAnsweredOnceAfterTheRestart() throws Exception {
        try (BuiltJar bot = new BuiltJar(directory)) {
            bot.slack.user("UCRASH", "Crash Hire", ZoneOffset.UTC);
            bot.start();
            // the worker reads the hire's profile before it enrols them: held there, the process dies after the ack
            // and before the enrolment
            bot.slack.doThenStallNext("users.info", 1, Duration.ofSeconds(30));
            long profilesRead = bot.slack.callCount("users.info");

            String ack = bot.command("UADMIN", "start <@UCRASH|crash> <@UMGR|boss> backend-engineer");

            assertThat(ack).startsWith("Enrolling");
            await().atMost(WAIT).until(() -> bot.slack.callCount("users.info") > profilesRead);
            bot.kill();
            assertThat(count(directory, "SELECT COUNT(*) FROM hires"))
                    .as("nobody enrolled yet")
                    .isZero();
            assertThat(count(directory, "SELECT COUNT(*) FROM pending_commands"))
                    .isOne();
            // the dead worker's claim on the command runs out after StartOnboarding.WORK_CLAIM: passed at once here
            h2(directory)
                    .useHandle(handle -> handle.execute("UPDATE pending_commands SET claimed_until = received_at"));

            bot.start();

            await().atMost(WAIT).until(() -> !bot.messagesIn("DCRASH").isEmpty());
            await().atMost(WAIT)
                    .until(() -> bot.messagesIn("DADMIN").stream()
                            .anyMatch(message -> message.text().contains("Enrolled")));
            bot.kill();
            assertThat(count(directory, "SELECT COUNT(*) FROM hires"))
                    .as("enrolled once")
                    .isOne();
            assertThat(count(directory, "SELECT COUNT(*) FROM pending_commands"))
                    .isZero();
            assertThat(bot.messagesIn("DADMIN"))
                    .filteredOn(message -> message.text().contains("Enrolled"))
                    .as("the person who asked is answered once, in a DM: the response_url died with the worker")
                    .hasSize(1);
            assertThat(bot.postsByKey().values()).as("each message once").allMatch(posts -> posts == 1);
        }
    }

    /** The stopped bot's H2 file, as its default user (sa). */
    private static Jdbi h2(Path directory) {
        return Jdbi.create("jdbc:h2:file:" + directory.resolve("buddy").toAbsolutePath(), "sa", "");
    }

    private static long count(Path directory, String sql) {
        return h2(directory)
                .withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one());
    }
}
