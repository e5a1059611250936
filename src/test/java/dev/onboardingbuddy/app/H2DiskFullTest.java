package dev.onboardingbuddy.app;

import static dev.onboardingbuddy.app.BotHarness.HIRE;
import static dev.onboardingbuddy.app.BotHarness.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.onboardingbuddy.slack.testkit.SlackRequest;
import dev.onboardingbuddy.slack.testkit.SlackResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 database on a disk that runs full (a real tmpfs of a few megabytes, or where none can be mounted,
 * H2's file system told to fail writes with "No space left on device"; see {@link FillableDisk}): H2 closes itself. The bot
 * keeps answering Slack in time, reports it truly, and either reopens the database once there is room again or
 * fails its liveness probe so that it gets restarted. Nothing confirmed to a person is lost.
 */
class H2DiskFullTest {
    private static final Instant MONDAY_TEN_BERLIN = Instant.parse("2026-12-07T09:00:00Z");
    private static final Duration SLACK_LIMIT = Duration.ofSeconds(3);
    private static final Duration PROBE_LIMIT = Duration.ofSeconds(1);

    @TempDir
    Path directory;

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    @BeforeEach
    void captureLogs() {
        logs.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(logs);
    }

    @AfterEach
    void releaseLogs() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
    }

    @Test
    void aFullDiskIsAnsweredInTimeAndTheDatabaseReopensOnceThereIsRoomWithEveryCompletionKept() throws Exception {
        try (FillableDisk disk = FillableDisk.open(directory.resolve("disk"), 24);
                BotHarness harness = new BotHarness(disk.path(), MONDAY_TEN_BERLIN, disk.settings())) {
            harness.enrolled(HIRE, MANAGER, "2026-12-07");
            assertThat(harness.say(HIRE, "done 1").param("text")).contains("Done: 1.");

            disk.fill();
            String eventId = harness.nextEventId();
            SlackRequest doneTwo = harness.requests().event(harness.dmEvent(HIRE, "done 2", null, eventId));
            Timed<SlackResponse> duringFullDisk =
                    Timed.of(() -> harness.requests().send(doneTwo));
            assertThat(duringFullDisk.took()).isLessThan(SLACK_LIMIT);
            assertThat(duringFullDisk.value().status())
                    .as("Slack redelivers an event answered 503")
                    .isEqualTo(503);
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
                Timed<SlackResponse> ready = Timed.of(() -> harness.requests().get("/readyz"));
                assertThat(ready.took()).isLessThan(PROBE_LIMIT);
                assertThat(ready.value().status()).isEqualTo(503);
                assertThat(ready.value().json().path("checks").path("database").asBoolean())
                        .isFalse();
                assertThat(ready.value()
                                .json()
                                .path("checks")
                                .path("migrations")
                                .asBoolean())
                        .isTrue();
            });
            Timed<SlackResponse> status = Timed.of(() -> harness.command(MANAGER, "status"));
            assertThat(status.took()).isLessThan(SLACK_LIMIT);
            assertThat(status.value().status()).isEqualTo(200);
            assertThat(harness.requests().get("/healthz").status())
                    .as("within the reopen grace")
                    .isEqualTo(200);

            disk.free();
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> harness.requests().get("/readyz").status() == 200);
            assertThat(harness.requests().get("/healthz").status()).isEqualTo(200);
            SlackResponse retried = harness.requests().send(doneTwo.withRetry(1, "http_error"));
            assertThat(retried.status()).isEqualTo(200);
            assertThat(harness.awaitReply(eventId).param("text")).contains("Done: 2.");
            assertThat(harness.repliesTo(eventId)).hasSize(1);
            assertThat(harness.doneCount(MANAGER, HIRE))
                    .as("both confirmed completions are kept")
                    .isEqualTo(2);

            String metrics = harness.requests().get("/metrics").body();
            assertThat(metrics)
                    .containsPattern("onboarding_database_closed_total(\\{[^}]*})? 1")
                    .containsPattern("onboarding_database_reopened_total(\\{[^}]*})? [1-9]");
            assertThat(logs.list)
                    .anyMatch(event -> event.getLevel() == Level.ERROR
                            && event.getFormattedMessage().contains("closed itself"));
        }
    }

    @Test
    void aDiskThatStaysFullFailsTheLivenessProbeSoTheProcessIsRestarted() throws Exception {
        try (FillableDisk disk = FillableDisk.open(directory.resolve("disk"), 24);
                BotHarness harness = new BotHarness(
                        disk.path(),
                        MONDAY_TEN_BERLIN,
                        withSetting(disk.settings(), "DATABASE_REOPEN_GRACE_SECONDS", "3"))) {
            harness.enrolled(HIRE, MANAGER, "2026-12-07");
            assertThat(harness.say(HIRE, "done 1").param("text")).contains("Done: 1.");

            disk.fill();
            assertThat(harness.dm(HIRE, "done 2").status()).isEqualTo(503);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                Timed<SlackResponse> alive = Timed.of(() -> harness.requests().get("/healthz"));
                assertThat(alive.took()).isLessThan(PROBE_LIMIT);
                assertThat(alive.value().status()).isEqualTo(503);
                assertThat(alive.value().json().path("checks").path("database").asBoolean())
                        .isFalse();
            });
            disk.free();
            // what a restart finds: the file with every completion confirmed before the disk filled
            harness.restart();
            assertThat(harness.doneCount(MANAGER, HIRE)).isEqualTo(1);
        }
    }

    private static Map<String, String> withSetting(Map<String, String> settings, String name, String value) {
        Map<String, String> all = new HashMap<>(settings);
        all.put(name, value);
        return all;
    }
}
