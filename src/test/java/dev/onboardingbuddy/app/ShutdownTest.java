package dev.onboardingbuddy.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onboardingbuddy.scheduling.RecurringJob;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What SIGTERM does through the shutdown hook `serve` registers: {@link OnboardingBuddy#close()}. */
class ShutdownTest {
    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    @TempDir
    Path directory;

    /** H2 holds an OS lock on its file while the database is open; this JVM sees its own lock as overlapping. */
    private boolean databaseFileIsFree() throws IOException {
        try (FileChannel channel =
                FileChannel.open(directory.resolve("buddy.mv.db"), StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return false;
            }
            lock.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false;
        }
    }

    @Test
    void closingStopsHttpAndReleasesTheDatabaseLast() throws Exception {
        BotHarness harness = new BotHarness(directory, NOW);
        int port = harness.bot().port();
        assertThat(databaseFileIsFree()).isFalse();

        harness.close();

        assertThatThrownBy(() -> new Socket().connect(new InetSocketAddress("127.0.0.1", port), 2_000))
                .isInstanceOf(ConnectException.class);
        assertThat(databaseFileIsFree()).isTrue();
    }

    @Test
    void theBackupJobRunsAtTheConfiguredIntervalAndZeroHoursLeavesItOut() {
        try (BotHarness harness = new BotHarness(directory, NOW)) {
            assertThat(harness.bot().components().recurringJobs(() -> {}))
                    .extracting(RecurringJob::name, RecurringJob::interval)
                    .contains(Tuple.tuple("backup-database", Duration.ofHours(24)));

            assertThat(harness.bot().scheduler().jobNames()).contains("backup-database");
            harness.with("BACKUP_INTERVAL_HOURS", "0").restart();
            assertThat(harness.bot().scheduler().jobNames())
                    .as("a switched-off job leaves the job store")
                    .doesNotContain("backup-database")
                    .contains("release-due-items");

            assertThat(harness.bot().components().recurringJobs(() -> {}))
                    .extracting(RecurringJob::name)
                    .containsExactly(
                            "release-due-items",
                            "queue-due-reminders",
                            "nudge-overdue-items",
                            "resume-start-commands",
                            "enrol-expected-hires",
                            "prune-api-idempotency",
                            "finish-programmes",
                            "prune-old-records");
        }
    }

    @Test
    void oldEventIdsAndSentMessagesArePrunedDaily() {
        try (BotHarness harness = new BotHarness(directory, NOW)) {
            assertThat(harness.bot().components().recurringJobs(() -> {}))
                    .extracting(RecurringJob::name, RecurringJob::interval)
                    .contains(Tuple.tuple("prune-old-records", Duration.ofDays(1)));
        }
    }
}
