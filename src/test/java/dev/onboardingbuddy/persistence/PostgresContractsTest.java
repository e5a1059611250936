package dev.onboardingbuddy.persistence;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The JDBI adapters pass the port contracts on PostgreSQL, each test on a fresh schema. Runs only when
 * TEST_POSTGRES_URL (and TEST_POSTGRES_USER, TEST_POSTGRES_PASSWORD) name a database the user may create schemas in.
 */
@EnabledIfEnvironmentVariable(named = TestDatabases.POSTGRES_URL, matches = ".+")
class PostgresContractsTest extends JdbiContracts {
    private String schema;

    @Override
    protected Database openDatabase() {
        schema = TestDatabases.newSchemaName();
        return TestDatabases.postgres(schema);
    }

    @Override
    protected void dropDatabase() {
        TestDatabases.dropPostgres(schema);
    }
}
