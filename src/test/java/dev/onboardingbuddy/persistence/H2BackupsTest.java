package dev.onboardingbuddy.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2BackupsTest {
    private static final Instant NOON = Instant.parse("2026-03-10T12:00:00Z");

    @TempDir
    Path directory;

    private final MutableClock clock = new MutableClock(NOON);

    @Test
    void aBackupIsAZipOfTheDatabaseNamedAfterTheUtcTimeOfTheClock() throws Exception {
        try (Database database = TestDatabases.h2(directory.resolve("db"))) {
            Path backup = new H2Backups(database, directory.resolve("backups"), 7, clock)
                    .backUp()
                    .orElseThrow();

            assertThat(backup).isEqualTo(directory.resolve("backups/onboarding-buddy-20260310T120000Z.zip"));
            try (ZipFile zip = new ZipFile(backup.toFile())) {
                assertThat(zip.stream().map(entry -> entry.getName())).containsExactly("buddy.mv.db");
            }
            assertThat(directory.resolve("backups")).isDirectoryNotContaining("glob:**.part");
        }
    }

    @Test
    void onlyTheNewestBackupsAreKeptAndOtherFilesAreLeftAlone() throws Exception {
        Path backups = Files.createDirectories(directory.resolve("backups"));
        Path notes = Files.writeString(backups.resolve("notes.txt"), "mine");
        try (Database database = TestDatabases.h2(directory.resolve("db"))) {
            H2Backups job = new H2Backups(database, backups, 3, clock);
            for (int day = 0; day < 5; day++) {
                job.backUp();
                clock.advance(Duration.ofDays(1));
            }

            assertThat(job.existing())
                    .extracting(path -> path.getFileName().toString())
                    .containsExactly(
                            "onboarding-buddy-20260312T120000Z.zip",
                            "onboarding-buddy-20260313T120000Z.zip",
                            "onboarding-buddy-20260314T120000Z.zip");
            assertThat(notes).exists();
        }
    }

    @Test
    void theScheduledJobSkipsABackupYoungerThanHalfItsIntervalSoThatRestartsDoNotRotateBackupsAway() {
        try (Database database = TestDatabases.h2(directory.resolve("db"))) {
            H2Backups job = new H2Backups(database, directory.resolve("backups"), 2, clock);
            Duration daily = Duration.ofHours(24);
            assertThat(job.backUpIfDue(daily)).isPresent();

            clock.advance(Duration.ofHours(1));
            assertThat(job.backUpIfDue(daily)).isEmpty();

            clock.advance(Duration.ofHours(23).minusMinutes(1));
            assertThat(job.backUpIfDue(daily)).isPresent();
            assertThat(job.existing()).hasSize(2);
        }
    }

    @Test
    void onPostgresqlNothingIsWritten() {
        H2Backups job = new H2Backups(DatabaseVendor.POSTGRESQL, null, directory.resolve("backups"), 7, clock);

        assertThat(job.backUp()).isEmpty();
        assertThat(job.backUpIfDue(Duration.ofHours(24))).isEmpty();
        assertThat(directory.resolve("backups")).doesNotExist();
    }
}
