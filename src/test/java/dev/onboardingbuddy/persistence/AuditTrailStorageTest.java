package dev.onboardingbuddy.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onboardingbuddy.enrollment.AuditAction;
import dev.onboardingbuddy.enrollment.AuditEntry;
import dev.onboardingbuddy.enrollment.ChatUserId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit trail on H2: an entry shares its change's transaction, and nothing in the code can edit a row. */
class AuditTrailStorageTest {
    private static final ChatUserId HIRE = ChatUserId.slack("UHIRE");

    @TempDir
    Path directory;

    Database database;
    JdbiAuditTrail trail;

    @BeforeEach
    void openDatabase() {
        database = TestDatabases.h2(directory);
        trail = new JdbiAuditTrail(database.jdbi());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void anEntryRecordedInAFailedTransactionIsGoneWithIt() {
        assertThatThrownBy(() -> new JdbiTransactions(database.jdbi()).run(() -> {
                    trail.record(AuditEntry.of(Instant.parse("2026-12-07T09:00:00Z"), HIRE, AuditAction.PAUSED, HIRE));
                    throw new IllegalStateException("the change failed");
                }))
                .hasMessage("the change failed");

        assertThat(trail.about(HIRE)).isEmpty();
    }

    @Test
    void noCodeUpdatesOrDeletesAuditRows() throws IOException {
        String adapter = Files.readString(Path.of("src/main/java/dev/onboardingbuddy/persistence/JdbiAuditTrail.java"))
                .toUpperCase(Locale.ROOT);
        assertThat(adapter)
                .contains("INSERT INTO AUDIT_TRAIL")
                .doesNotContain("UPDATE AUDIT_TRAIL")
                .doesNotContain("DELETE FROM AUDIT_TRAIL");
        try (var sources = Files.walk(Path.of("src/main"))) {
            sources.filter(Files::isRegularFile)
                    .filter(file -> !file.toString().endsWith("V6__roles.sql"))
                    .forEach(file -> assertThat(read(file))
                            .as("%s", file)
                            .doesNotContain("UPDATE AUDIT_TRAIL")
                            .doesNotContain("DELETE FROM AUDIT_TRAIL")
                            .doesNotContain("TRUNCATE TABLE AUDIT_TRAIL"));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).toUpperCase(Locale.ROOT);
        } catch (IOException e) {
            return ""; // not text: cannot hold a statement
        }
    }
}
