package dev.onboardingbuddy.app;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh PostgreSQL schema for one end-to-end test, when the suite runs with {@code -De2e.database=postgres} (the
 * second surefire execution in the POM). Without {@code TEST_POSTGRES_URL} that run is skipped, not failed.
 */
final class PostgresSchema {
    static final String PROPERTY = "e2e.database";
    private final String url = System.getenv("TEST_POSTGRES_URL");
    private final String user = System.getenv("TEST_POSTGRES_USER");
    private final String password = System.getenv("TEST_POSTGRES_PASSWORD");
    private final String name = "e2e_" + UUID.randomUUID().toString().replace("-", "");

    private PostgresSchema() {}

    /** Empty for the ordinary H2 run. */
    static Optional<PostgresSchema> forEndToEndRun() {
        if (!"postgres".equals(System.getProperty(PROPERTY))) {
            return Optional.empty();
        }
        Assumptions.assumeTrue(
                System.getenv("TEST_POSTGRES_URL") != null,
                "TEST_POSTGRES_URL is not set: the PostgreSQL end-to-end run is skipped");
        PostgresSchema schema = new PostgresSchema();
        schema.execute("CREATE SCHEMA " + schema.name);
        return Optional.of(schema);
    }

    Map<String, String> settings() {
        return Map.of(
                "DATABASE_URL",
                url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name,
                "DATABASE_USER",
                user,
                "DATABASE_PASSWORD",
                password,
                "DATABASE_POOL_SIZE",
                "5");
    }

    void drop() {
        execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed", e);
        }
    }
}
