package dev.onboardingbuddy.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onboardingbuddy.checklist.ItemKey;
import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.notification.ProcessedEvents;
import dev.onboardingbuddy.progress.ItemState;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path directory;

    static List<String> tableNames(Database database) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
                ResultSet tables =
                        connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    @Test
    void migrationsCreateTheBotsAndQuartzsTablesOnAFreshH2File() throws SQLException {
        try (Database database = TestDatabases.h2(directory)) {
            assertThat(database.vendor()).isEqualTo(DatabaseVendor.H2);
            assertThat(tableNames(database))
                    .contains(
                            "hires",
                            "item_states",
                            "completion_events",
                            "processed_events",
                            "outbox",
                            "reminders",
                            "qrtz_job_details",
                            "qrtz_triggers",
                            "qrtz_cron_triggers",
                            "qrtz_simple_triggers",
                            "qrtz_fired_triggers",
                            "qrtz_locks",
                            "qrtz_scheduler_state",
                            "qrtz_calendars",
                            "flyway_schema_history");
        }
    }

    @Test
    void reopeningTheFileKeepsTheDataAndAppliesNothingTwice() {
        Instant seen = Instant.parse("2025-03-10T08:00:00Z");
        int appliedFirst;
        try (Database database = TestDatabases.h2(directory)) {
            new JdbiProcessedEvents(database.jdbi(), database.vendor()).firstSeen("Ev1", seen);
            appliedFirst = appliedMigrations(database);
        }
        try (Database database = TestDatabases.h2(directory)) {
            ProcessedEvents events = new JdbiProcessedEvents(database.jdbi(), database.vendor());
            assertThat(events.firstSeen("Ev1", seen)).isFalse();
            assertThat(appliedMigrations(database)).isEqualTo(appliedFirst).isGreaterThanOrEqualTo(3);
        }
    }

    private static int appliedMigrations(Database database) {
        return database.jdbi()
                .withHandle(handle -> handle.createQuery(
                                "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL AND \"success\" = TRUE")
                        .mapTo(Integer.class)
                        .one());
    }

    @Test
    void thePoolServesConcurrentConnectionsToOneH2File() throws SQLException {
        try (Database database = TestDatabases.h2(directory);
                Connection first = database.dataSource().getConnection();
                Connection second = database.dataSource().getConnection()) {
            first.setAutoCommit(false);
            String insert = "INSERT INTO processed_events (event_id, seen_at) VALUES (?, CURRENT_TIMESTAMP)";
            try (PreparedStatement held = first.prepareStatement(insert);
                    PreparedStatement other = second.prepareStatement(insert)) {
                held.setString(1, "a");
                held.executeUpdate();
                other.setString(1, "b");
                assertThat(other.executeUpdate()).isEqualTo(1);
            }
            first.commit();
        }
    }

    @Test
    void instantsSurviveTheRepeatedHourOfADstChangeInTheJvmsZone() {
        TimeZone original = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Berlin"));
        try (Database database = TestDatabases.h2(directory)) {
            // 00:30Z and 01:30Z are both 02:30 local time in Berlin on that night.
            Instant first = Instant.parse("2025-10-26T00:30:00.123456Z");
            Instant second = Instant.parse("2025-10-26T01:30:00Z");
            ProcessedEvents events = new JdbiProcessedEvents(database.jdbi(), database.vendor());
            events.firstSeen("first", first);
            events.firstSeen("second", second);
            List<Instant> read = database.jdbi()
                    .withHandle(handle -> handle.createQuery("SELECT seen_at FROM processed_events ORDER BY event_id")
                            .mapTo(Instant.class)
                            .list());
            assertThat(read).containsExactly(first, second);
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void itemStatesMustBelongToAStoredHire() {
        try (Database database = TestDatabases.h2(directory)) {
            HireId unknown = HireId.random();
            assertThatThrownBy(() -> new JdbiProgressRepository(database.jdbi())
                            .addPlan(List.of(new ItemState(
                                    unknown, new ItemKey("a"), 1, "s", Instant.EPOCH, Instant.EPOCH, null, null))))
                    .hasMessageContaining("ITEM_STATES");
        }
    }

    @Test
    void theVendorFollowsTheUrl() {
        assertThat(DatabaseVendor.fromJdbcUrl("jdbc:h2:file:./data/x")).isEqualTo(DatabaseVendor.H2);
        assertThat(DatabaseVendor.fromJdbcUrl("jdbc:postgresql://db:5432/buddy"))
                .isEqualTo(DatabaseVendor.POSTGRESQL);
        assertThat(DatabaseVendor.fromJdbcUrl("JDBC:H2:mem:x")).isEqualTo(DatabaseVendor.H2);
    }

    @Test
    void anUnsupportedUrlIsRejectedWithAMessageNamingBothChoices() {
        assertThatThrownBy(() -> Database.open("jdbc:mysql://db/buddy", "u", "p", 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:h2:")
                .hasMessageContaining("jdbc:postgresql:");
    }

    @Test
    void aPoolSizeBelowOneIsRejected() {
        assertThatThrownBy(() -> Database.open("jdbc:h2:mem:x", "sa", "", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pool size");
    }

    @Test
    void h2UrlsGetTheBotsDefaultsUnlessTheySetThemThemselves() {
        assertThat(Database.withH2Defaults(Database.DEFAULT_URL))
                .isEqualTo(
                        "jdbc:h2:file:retry:./data/onboarding-buddy;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;WRITE_DELAY=0"
                                + ";QUERY_CACHE_SIZE=64");
        assertThat(Database.withH2Defaults(
                        "jdbc:h2:file:/x;lock_timeout=500;DB_CLOSE_ON_EXIT=TRUE;write_delay=100;query_cache_size=4"))
                .isEqualTo(
                        "jdbc:h2:file:retry:/x;lock_timeout=500;DB_CLOSE_ON_EXIT=TRUE;write_delay=100;query_cache_size=4");
    }
}
