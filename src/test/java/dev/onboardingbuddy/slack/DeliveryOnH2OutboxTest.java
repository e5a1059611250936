package dev.onboardingbuddy.slack;

import dev.onboardingbuddy.notification.Outbox;
import dev.onboardingbuddy.persistence.Database;
import dev.onboardingbuddy.persistence.JdbiOutbox;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/** The delivery scenarios with the production outbox on a fresh, migrated H2 file per test. */
class DeliveryOnH2OutboxTest {

    @TempDir
    Path directory;

    Database database;

    @BeforeEach
    void openDatabase() {
        database = Database.open("jdbc:h2:file:" + directory.resolve("buddy").toAbsolutePath(), "sa", "", 4);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private Outbox jdbiOutbox() {
        return new JdbiOutbox(database);
    }

    @Nested
    class Retries extends DispatchRetryScenarios {
        @Override
        protected Outbox newOutbox() {
            return jdbiOutbox();
        }
    }

    @Nested
    class Crashes extends DispatchCrashScenarios {
        @Override
        protected Outbox newOutbox() {
            return jdbiOutbox();
        }
    }
}
