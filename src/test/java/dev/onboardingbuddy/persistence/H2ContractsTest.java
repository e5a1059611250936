package dev.onboardingbuddy.persistence;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The JDBI adapters pass the port contracts on a fresh H2 file per test, migrated by the real migrations. */
class H2ContractsTest extends JdbiContracts {
    @TempDir
    Path directory;

    @Override
    protected Database openDatabase() {
        return TestDatabases.h2(directory);
    }
}
