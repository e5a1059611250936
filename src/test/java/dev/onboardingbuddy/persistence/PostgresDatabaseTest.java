package dev.onboardingbuddy.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The migrations, Quartz's PostgreSQL tables included, apply on PostgreSQL; runs when TEST_POSTGRES_URL is set. */
@EnabledIfEnvironmentVariable(named = TestDatabases.POSTGRES_URL, matches = ".+")
class PostgresDatabaseTest {

    @Test
    void migrationsCreateTheBotsAndQuartzsTablesOnAFreshSchema() throws SQLException {
        String schema = TestDatabases.newSchemaName();
        try (Database database = TestDatabases.postgres(schema)) {
            assertThat(database.vendor()).isEqualTo(DatabaseVendor.POSTGRESQL);
            assertThat(DatabaseTest.tableNames(database))
                    .contains(
                            "hires",
                            "item_states",
                            "completion_events",
                            "processed_events",
                            "outbox",
                            "reminders",
                            "qrtz_job_details",
                            "qrtz_triggers",
                            "qrtz_fired_triggers",
                            "qrtz_locks",
                            "qrtz_scheduler_state",
                            "qrtz_calendars");
        } finally {
            TestDatabases.dropPostgres(schema);
        }
    }
}
