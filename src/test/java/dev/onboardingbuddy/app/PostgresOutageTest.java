package dev.onboardingbuddy.app;

import static dev.onboardingbuddy.app.BotHarness.HIRE;
import static dev.onboardingbuddy.app.BotHarness.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.onboardingbuddy.slack.testkit.SlackRequest;
import dev.onboardingbuddy.slack.testkit.SlackResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL stopped for 20 s while Slack keeps sending: every request is answered within Slack's 3 s, readiness
 * says 503 (database) within a second and 200 again by itself, and after recovery every event Slack redelivers is
 * handled once, the outbox sends and Quartz checks in again, without a restart.
 */
class PostgresOutageTest {
    private static final Instant MONDAY_TEN_BERLIN = Instant.parse("2026-12-07T09:00:00Z");
    private static final Duration SLACK_LIMIT = Duration.ofSeconds(3);
    private static final Duration PROBE_LIMIT = Duration.ofSeconds(1);
    private static final Duration OUTAGE = Duration.ofSeconds(20);

    @TempDir
    Path directory;

    private record Sent(String eventId, SlackRequest request, boolean command, Timed<SlackResponse> answer) {}

    @Test
    void twentySecondsWithoutPostgresUnderTrafficAreAnsweredInTimeAndEveryEventIsHandledOnceAfter() throws Exception {
        try (StoppablePostgres postgres = StoppablePostgres.start();
                BotHarness harness = new BotHarness(directory, MONDAY_TEN_BERLIN, postgres.settings())) {
            harness.enrolled(HIRE, MANAGER, "2026-12-07");
            assertThat(harness.say(HIRE, "done 1").param("text")).contains("Done: 1.");

            ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();
            AtomicBoolean traffic = new AtomicBoolean(true);
            // Two DM events a second at most: every reply goes to the one DM, which Slack lets us post to once a
            // second.
            ExecutorService senders = Executors.newFixedThreadPool(3);
            for (int sender = 0; sender < 3; sender++) {
                boolean commands = sender != 2;
                senders.execute(() -> {
                    while (traffic.get()) {
                        if (commands) {
                            sent.add(new Sent(null, null, true, Timed.of(() -> harness.command(MANAGER, "status"))));
                        } else {
                            String eventId = harness.nextEventId();
                            SlackRequest request =
                                    harness.requests().event(harness.dmEvent(HIRE, "help", null, eventId));
                            sent.add(new Sent(
                                    eventId,
                                    request,
                                    false,
                                    Timed.of(() -> harness.requests().send(request))));
                        }
                        sleep(commands ? 200 : 500);
                    }
                });
            }
            sleep(1000);

            postgres.stop();
            long stoppedAt = System.nanoTime();
            String doneTwoId = harness.nextEventId();
            SlackRequest doneTwo = harness.requests().event(harness.dmEvent(HIRE, "done 2", null, doneTwoId));
            sent.add(new Sent(
                    doneTwoId, doneTwo, false, Timed.of(() -> harness.requests().send(doneTwo))));
            boolean sawNotReady = false;
            while (System.nanoTime() - stoppedAt < OUTAGE.toNanos()) {
                Timed<SlackResponse> ready = Timed.of(() -> harness.requests().get("/readyz"));
                assertThat(ready.took()).as("/readyz answered within a second").isLessThan(PROBE_LIMIT);
                if (ready.value().status() == 503) {
                    sawNotReady = true;
                    assertThat(ready.value()
                                    .json()
                                    .path("checks")
                                    .path("database")
                                    .asBoolean())
                            .isFalse();
                    assertThat(ready.value()
                                    .json()
                                    .path("checks")
                                    .path("migrations")
                                    .asBoolean())
                            .isTrue();
                    assertThat(ready.value()
                                    .json()
                                    .path("checks")
                                    .path("scheduler")
                                    .asBoolean())
                            .isTrue();
                }
                assertThat(harness.requests().get("/healthz").status())
                        .as("a restart would not bring PostgreSQL back")
                        .isEqualTo(200);
                sleep(500);
            }
            assertThat(sawNotReady).as("/readyz said 503 during the outage").isTrue();

            postgres.startServer();
            long restartedAtMillis = System.currentTimeMillis();
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> harness.requests().get("/readyz").status() == 200);
            sleep(2000);
            traffic.set(false);
            senders.shutdown();
            assertThat(senders.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

            List<Sent> all = List.copyOf(sent);
            Duration slowest = all.stream()
                    .map(s -> s.answer().took())
                    .max(Duration::compareTo)
                    .orElseThrow();
            long refused =
                    all.stream().filter(s -> s.answer().value().status() != 200).count();
            System.out.printf(
                    "PostgreSQL outage: %d Slack requests, slowest answer %d ms, %d events answered 503%n",
                    all.size(), slowest.toMillis(), refused);
            assertThat(all).allSatisfy(s -> {
                assertThat(s.answer().took())
                        .as("answered within Slack's limit")
                        .isLessThan(SLACK_LIMIT);
                if (s.command()) {
                    assertThat(s.answer().value().status()).isEqualTo(200);
                } else {
                    assertThat(s.answer().value().status()).isIn(200, 503);
                }
            });
            assertThat(all)
                    .as("the outage was felt")
                    .anyMatch(s -> s.answer().value().status() == 503);
            assertThat(all)
                    .filteredOn(Sent::command)
                    .anyMatch(s -> s.answer()
                            .value()
                            .json()
                            .path("text")
                            .asText()
                            .contains("can't reach my database right now; nothing was changed"));

            // Slack redelivers what was not answered 200; each event is then handled once
            for (Sent event : all) {
                if (!event.command() && event.answer().value().status() != 200) {
                    assertThat(harness.requests()
                                    .send(event.request().withRetry(1, "http_error"))
                                    .status())
                            .isEqualTo(200);
                }
            }
            List<Sent> events = all.stream().filter(event -> !event.command()).toList();
            try {
                await().atMost(Duration.ofSeconds(150))
                        .until(() -> events.stream()
                                .allMatch(event ->
                                        !harness.repliesTo(event.eventId()).isEmpty()));
            } catch (ConditionTimeoutException e) {
                events.stream()
                        .filter(event -> harness.repliesTo(event.eventId()).isEmpty())
                        .forEach(event -> System.out.println("NO REPLY " + event.eventId() + " "
                                + event.answer().value().status() + " "
                                + event.answer().value().body() + " "
                                + event.answer().took().toMillis()));
                dumpOutbox(postgres);
                throw e;
            }
            sleep(1500);
            for (Sent event : all) {
                if (!event.command()) {
                    assertThat(harness.repliesTo(event.eventId()))
                            .as("one reply to %s", event.eventId())
                            .hasSize(1);
                }
            }
            assertThat(harness.doneCount(MANAGER, HIRE))
                    .as("nothing confirmed is lost")
                    .isEqualTo(2);
            assertThat(harness.bot().scheduler().isStarted()).isTrue();
            await().atMost(Duration.ofSeconds(30)).until(() -> lastQuartzCheckIn(postgres) > restartedAtMillis);
        }
    }

    private static void dumpOutbox(StoppablePostgres postgres) throws Exception {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), "buddy", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT id, idempotency_key, status, attempts, next_attempt_at, claimed_by, claimed_until, last_error FROM outbox WHERE status <> 'SENT'")) {
            while (rows.next()) {
                StringBuilder row = new StringBuilder("OUTBOX");
                for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                    row.append(' ')
                            .append(rows.getMetaData().getColumnName(column))
                            .append('=')
                            .append(rows.getString(column));
                }
                System.out.println(row.toString().replaceAll("\\s+", " ").substring(0, Math.min(400, row.length())));
            }
        }
    }

    private static long lastQuartzCheckIn(StoppablePostgres postgres) throws Exception {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), "buddy", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT MAX(last_checkin_time) FROM qrtz_scheduler_state")) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
