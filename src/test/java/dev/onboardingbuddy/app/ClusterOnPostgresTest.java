package dev.onboardingbuddy.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.onboardingbuddy.checklist.ChecklistTemplate;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.persistence.Database;
import dev.onboardingbuddy.persistence.JdbiHireRepository;
import dev.onboardingbuddy.persistence.JdbiProgressRepository;
import dev.onboardingbuddy.progress.ItemPlans;
import dev.onboardingbuddy.slack.testkit.FakeSlackApi;
import dev.onboardingbuddy.slack.testkit.RecordedCall;
import dev.onboardingbuddy.testing.Hires;
import dev.onboardingbuddy.timeline.ReminderPolicy;
import dev.onboardingbuddy.timeline.TimelinePlanner;
import dev.onboardingbuddy.timeline.WorkingCalendar;
import dev.onboardingbuddy.yaml.ChecklistFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two bot processes on one PostgreSQL share the work through Quartz clustering and the outbox's SKIP LOCKED claims:
 * 200 hires due at once get every message exactly once, also when one process is killed with SIGKILL mid-dispatch.
 */
@EnabledIfEnvironmentVariable(named = "TEST_POSTGRES_URL", matches = ".+")
class ClusterOnPostgresTest {
    private static final int HIRES = 200;
    /** The shortest outbox lease the bot accepts: the killed process's claims come back after it. */
    private static final Duration LEASE = Duration.ofSeconds(10);

    private static final String URL = System.getenv("TEST_POSTGRES_URL");
    private static final String USER = System.getenv("TEST_POSTGRES_USER");
    private static final String PASSWORD = System.getenv("TEST_POSTGRES_PASSWORD");

    @TempDir
    Path directory;

    private final String schema = "cluster_" + UUID.randomUUID().toString().replace("-", "");
    private FakeSlackApi slack;
    private int expectedMessages;

    @BeforeEach
    void seedTwoHundredHiresDueNow() throws Exception {
        execute("CREATE SCHEMA " + schema);
        slack = new FakeSlackApi();
        ChecklistTemplate template = new ChecklistFiles()
                .load(Path.of("config/checklists/backend-engineer.yaml"))
                .orElseThrow();
        WorkingCalendar everyDay = new WorkingCalendar("every-day", EnumSet.allOf(DayOfWeek.class), new TreeSet<>());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        TimelinePlanner planner = new TimelinePlanner(LocalTime.MIDNIGHT, ReminderPolicy.DEFAULT);
        try (Database database = Database.open(schemaUrl(), USER, PASSWORD, 2)) {
            JdbiHireRepository hires = new JdbiHireRepository(database.jdbi());
            JdbiProgressRepository progress = new JdbiProgressRepository(database.jdbi());
            for (int n = 0; n < HIRES; n++) {
                Hire hire = Hires.anActiveHire()
                        .user(String.format("UHIRE%03d", n))
                        .startingOn(today)
                        .in(ZoneOffset.UTC)
                        .onCalendar(everyDay.id())
                        .enrolledAt(Instant.now())
                        .build();
                hires.add(hire);
                progress.addPlan(ItemPlans.of(hire.id(), planner.plan(template, today, ZoneOffset.UTC, everyDay)));
            }
        }
        // released on day 1: the week-1 section and the meetings due within week 1, one DM each
        expectedMessages = HIRES * 2;
        Files.createDirectories(directory.resolve("calendars"));
        Files.writeString(
                directory.resolve("calendars/every-day.yaml"),
                "id: every-day\nname: Every day\n"
                        + "workingDays: [monday, tuesday, wednesday, thursday, friday, saturday, sunday]\nholidays: []\n");
    }

    @AfterEach
    void dropSchema() throws Exception {
        slack.close();
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    private Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>();
        environment.put("PORT", "0");
        environment.put("DATABASE_URL", schemaUrl());
        environment.put("DATABASE_USER", USER);
        environment.put("DATABASE_PASSWORD", PASSWORD);
        environment.put("DATABASE_POOL_SIZE", "5");
        environment.put("SLACK_BOT_TOKEN", "xoxb-cluster-" + UUID.randomUUID());
        environment.put("SLACK_SIGNING_SECRET", "cluster-secret");
        environment.put("SLACK_API_URL", slack.url().toString());
        environment.put("MANAGER_CHANNEL", "C0MANAGERS");
        environment.put("SEND_TIME", "00:00");
        environment.put("QUIET_HOURS_START", "00:00");
        environment.put("QUIET_HOURS_END", "23:59:59");
        environment.put("CALENDARS_DIR", directory.resolve("calendars").toString());
        environment.put("OUTBOX_LEASE_SECONDS", String.valueOf(LEASE.toSeconds()));
        return environment;
    }

    @Test
    void twoInstancesSendEveryDueMessageExactlyOnceEvenWhenOneIsKilledMidDispatch() throws Exception {
        Map<String, String> environment = environment();
        try (BotProcess first = BotProcess.serve(environment, directory.resolve("first.log"));
                BotProcess second = BotProcess.serve(environment, directory.resolve("second.log"))) {
            await().atMost(Duration.ofMinutes(3))
                    .until(() -> slack.calls("chat.postMessage").size() >= 60);
            first.kill();
            Instant killed = Instant.now();

            // What the dead process had claimed is taken over once its lease ends: no claim whose lease ran out stays
            // unclaimed for long (a generous bound: the survivor claims oldest first at every poll).
            Thread.sleep(LEASE.plusSeconds(1).toMillis());
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> expiredClaims() == 0);
            assertThat(Duration.between(killed, Instant.now())).isLessThan(LEASE.plusSeconds(45));

            await().atMost(Duration.ofMinutes(4).plus(LEASE))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> postsByKey().size() >= expectedMessages && pendingOrFailed() == 0);

            assertThat(second.isAlive()).as(second.output()).isTrue();
            Map<String, Long> posts = postsByKey();
            assertThat(posts).hasSize(expectedMessages);
            assertThat(posts.values()).as("every message once").allMatch(count -> count == 1);
            assertThat(sentInOutbox()).isEqualTo(expectedMessages);
        }
    }

    private Map<String, Long> postsByKey() {
        List<RecordedCall> posts = slack.calls("chat.postMessage").stream()
                .filter(call -> call.param("metadata") != null)
                .toList();
        return posts.stream()
                .map(call -> BotHarness.json(call.param("metadata"))
                        .path("event_payload")
                        .path("idempotency_key")
                        .asText())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private long pendingOrFailed() throws SQLException {
        return count("SELECT COUNT(*) FROM " + schema + ".outbox WHERE status <> 'SENT'");
    }

    private long expiredClaims() throws SQLException {
        return count("SELECT COUNT(*) FROM " + schema + ".outbox WHERE status = 'PENDING' AND claimed_by IS NOT NULL"
                + " AND claimed_until < CURRENT_TIMESTAMP - INTERVAL '2 seconds'");
    }

    private long sentInOutbox() throws SQLException {
        return count("SELECT COUNT(*) FROM " + schema + ".outbox WHERE status = 'SENT'");
    }

    private String schemaUrl() {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
                var statement = connection.createStatement();
                var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
                var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
