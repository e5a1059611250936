package dev.onboardingbuddy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.checklist.ItemKey;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.HireStatus;
import dev.onboardingbuddy.persistence.Database;
import dev.onboardingbuddy.persistence.H2Backups;
import dev.onboardingbuddy.persistence.JdbiHireRepository;
import dev.onboardingbuddy.persistence.JdbiProgressRepository;
import dev.onboardingbuddy.progress.Completion;
import dev.onboardingbuddy.progress.CompletionEvent;
import dev.onboardingbuddy.progress.CompletionMethod;
import dev.onboardingbuddy.progress.ItemState;
import dev.onboardingbuddy.testing.HireRepositoryContract;
import dev.onboardingbuddy.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestoreCommandTest {
    private static final Instant DAY_ONE = Instant.parse("2026-03-09T08:00:00Z");

    @TempDir
    Path directory;

    private String url() {
        return "jdbc:h2:file:" + directory.resolve("data/buddy").toAbsolutePath();
    }

    private static Database open(String url) {
        return Database.open(url, "sa", "", 2);
    }

    /** Two hires with completions, an undo and a redo, so that the history holds every kind of event. */
    private static List<Hire> enrolHiresAndCompleteItems(Database database) {
        JdbiHireRepository hires = new JdbiHireRepository(database.jdbi());
        JdbiProgressRepository progress = new JdbiProgressRepository(database.jdbi());
        List<Hire> enrolled = List.of(
                HireRepositoryContract.hire("U1", "UM", HireStatus.ACTIVE, DAY_ONE),
                HireRepositoryContract.hire("U2", "UM", HireStatus.ACTIVE, DAY_ONE));
        for (Hire hire : enrolled) {
            hires.add(hire);
            progress.addPlan(Stream.of("laptop", "accounts", "coffee")
                    .map(key -> new ItemState(
                            hire.id(),
                            new ItemKey(key),
                            List.of("laptop", "accounts", "coffee").indexOf(key) + 1,
                            "week-1",
                            DAY_ONE,
                            DAY_ONE.plusSeconds(86_400),
                            Optional.of(DAY_ONE),
                            Optional.empty()))
                    .toList());
            ChatUserId by = hire.user();
            progress.complete(
                    hire.id(),
                    new ItemKey("laptop"),
                    new Completion(by, DAY_ONE.plusSeconds(60), CompletionMethod.TEXT));
            progress.complete(
                    hire.id(),
                    new ItemKey("accounts"),
                    new Completion(by, DAY_ONE.plusSeconds(120), CompletionMethod.BUTTON));
            progress.undo(
                    hire.id(),
                    new ItemKey("accounts"),
                    new Completion(by, DAY_ONE.plusSeconds(180), CompletionMethod.TEXT));
            progress.complete(
                    hire.id(),
                    new ItemKey("accounts"),
                    new Completion(by, DAY_ONE.plusSeconds(240), CompletionMethod.API));
        }
        return enrolled;
    }

    private record Snapshot(Hire hire, List<ItemState> items, List<CompletionEvent> history) {}

    private static List<Snapshot> snapshot(Database database, List<Hire> hires) {
        JdbiHireRepository hireRepository = new JdbiHireRepository(database.jdbi());
        JdbiProgressRepository progress = new JdbiProgressRepository(database.jdbi());
        return hires.stream()
                .map(hire -> new Snapshot(
                        hireRepository.find(hire.id()).orElseThrow(),
                        progress.itemsOf(hire.id()),
                        progress.historyOf(hire.id())))
                .toList();
    }

    private Path backUpAndClose() {
        try (Database database = open(url())) {
            enrolHiresAndCompleteItems(database);
            return new H2Backups(database, directory.resolve("backups"), 7, new MutableClock(DAY_ONE))
                    .backUp()
                    .orElseThrow();
        }
    }

    @Test
    void aBackupRestoredWithTheCliBringsBackEveryHireCompletionAndHistoryEvent() throws Exception {
        List<Snapshot> before;
        Path backup;
        try (Database database = open(url())) {
            List<Hire> hires = enrolHiresAndCompleteItems(database);
            before = snapshot(database, hires);
            backup = new H2Backups(database, directory.resolve("backups"), 7, new MutableClock(DAY_ONE))
                    .backUp()
                    .orElseThrow();
        }
        try (Stream<Path> files = Files.list(directory.resolve("data"))) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }

        CliRun run = CliRun.of("restore", backup.toString(), "--database-url", url());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("restored " + backup);
        try (Database database = open(url())) {
            List<Snapshot> after =
                    snapshot(database, before.stream().map(Snapshot::hire).toList());
            assertThat(after).isEqualTo(before);
            assertThat(after).allSatisfy(hire -> assertThat(hire.history()).hasSize(4));
        }
    }

    @Test
    void anExistingDatabaseIsReplacedOnlyWithForce() {
        Path backup = backUpAndClose();

        CliRun refused = CliRun.of("restore", backup.toString(), "--database-url", url());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err().lines()).singleElement().asString().contains("buddy.mv.db exists", "--force");

        CliRun forced = CliRun.of("restore", backup.toString(), "--database-url", url(), "--force");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
    }

    @Test
    void aDatabaseInUseIsNeverReplacedEvenWithForce() {
        Path backup = backUpAndClose();
        try (Database running = open(url())) {
            CliRun run = CliRun.of("restore", backup.toString(), "--database-url", url(), "--force");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err().lines()).singleElement().asString().contains("in use", "stop it");
        }
    }

    @Test
    void postgresqlIsRefusedWithAPointerToPgRestore() {
        CliRun run = CliRun.of("restore", "any.zip", "--database-url", "jdbc:postgresql://db:5432/buddy");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().contains("pg_restore", "README");
    }

    @Test
    void aMissingBackupOrAnInMemoryUrlIsNamedInOneLine() {
        CliRun missing = CliRun.of("restore", directory.resolve("nope.zip").toString(), "--database-url", url());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err().lines()).singleElement().asString().contains("nope.zip' does not exist");

        CliRun memory = CliRun.of("restore", "any.zip", "--database-url", "jdbc:h2:mem:buddy");
        assertThat(memory.exitCode()).isEqualTo(2);
        assertThat(memory.err().lines()).singleElement().asString().contains("not an embedded H2 file");
    }

    @Test
    void aFileThatIsNotABackupIsRefusedInOneLine() throws Exception {
        Path notAZip = Files.writeString(directory.resolve("notes.zip"), "not a zip");

        CliRun run = CliRun.of("restore", notAZip.toString(), "--database-url", url());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().startsWith("error: ");
        assertThat(directory.resolve("data/buddy.mv.db")).doesNotExist();
    }

    @Test
    void withoutAUrlTheConfiguredDatabaseUrlIsTheTarget() {
        Path backup = backUpAndClose();

        CliRun run = CliRun.with(Map.of("DATABASE_URL", url()), "restore", backup.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(directory.resolve("data/buddy.mv.db").toString(), "--force");
    }
}
