package dev.onboardingbuddy.persistence;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.testing.Hires;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Fresh, migrated databases for tests: an H2 file in a temporary directory, or a new schema in the PostgreSQL named by
 * {@code TEST_POSTGRES_URL}, {@code TEST_POSTGRES_USER} and {@code TEST_POSTGRES_PASSWORD}.
 */
final class TestDatabases {

    static final String POSTGRES_URL = "TEST_POSTGRES_URL";

    private TestDatabases() {}

    static Database h2(Path directory) {
        return Database.open("jdbc:h2:file:" + directory.resolve("buddy").toAbsolutePath(), "sa", "", 4);
    }

    /** A migrated database on a new PostgreSQL schema of its own. */
    static Database postgres(String schema) {
        execute("CREATE SCHEMA " + schema);
        String url = System.getenv(POSTGRES_URL);
        String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return Database.open(
                schemaUrl, System.getenv("TEST_POSTGRES_USER"), System.getenv("TEST_POSTGRES_PASSWORD"), 4);
    }

    static String newSchemaName() {
        return "test_" + UUID.randomUUID().toString().replace("-", "");
    }

    static void dropPostgres(String schema) {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    private static void execute(String sql) {
        String url = System.getenv(POSTGRES_URL);
        try (Connection connection = DriverManager.getConnection(
                        url, System.getenv("TEST_POSTGRES_USER"), System.getenv("TEST_POSTGRES_PASSWORD"));
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + url, e);
        }
    }

    /** An active hire for the given person, not yet stored. */
    static Hire hire(ChatUserId user) {
        return Hires.anActiveHire()
                .user(user)
                .managedBy("UM")
                .startingOn(LocalDate.of(2025, 3, 10))
                .enrolledBy("UHR")
                .build();
    }

    /** Stores a hire row so that item states and events referring to it satisfy their foreign keys. */
    static void givenHire(Database database, HireId id) {
        new JdbiHireRepository(database.jdbi())
                .add(Hires.anActiveHire()
                        .withId(id)
                        .user("U-" + id.value())
                        .managedBy("UM")
                        .startingOn(LocalDate.of(2025, 3, 10))
                        .enrolledBy("UHR")
                        .build());
    }
}
