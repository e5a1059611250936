package dev.onboardingbuddy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.checklist.ItemKey;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.ExpectedHire;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.HireStatus;
import dev.onboardingbuddy.enrollment.Operator;
import dev.onboardingbuddy.hrapi.ApiKeySecrets;
import dev.onboardingbuddy.hrapi.JdbiApiKeys;
import dev.onboardingbuddy.persistence.Database;
import dev.onboardingbuddy.persistence.JdbiExpectedHires;
import dev.onboardingbuddy.persistence.JdbiHireRepository;
import dev.onboardingbuddy.persistence.JdbiProgressRepository;
import dev.onboardingbuddy.progress.Completion;
import dev.onboardingbuddy.progress.CompletionMethod;
import dev.onboardingbuddy.progress.ItemState;
import dev.onboardingbuddy.testing.HireRepositoryContract;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** api-key, import-hires and export completions against a real H2 file, as an operator runs them. */
class HrCommandsTest {
    private static final String HEADER = "email,chat_id,manager_email,manager_id,template,start_date,calendar,team,"
            + "buddy_email,buddy_id,platform\n";

    @TempDir
    Path directory;

    private Map<String, String> environment() {
        return Map.of(
                "DATABASE_URL", "jdbc:h2:file:" + directory.resolve("buddy").toAbsolutePath(), "MANAGER_CHANNEL", "");
    }

    private Database open() {
        return Database.open(environment().get("DATABASE_URL"), "sa", "", 2);
    }

    private Path csv(String body) throws IOException {
        Path file = directory.resolve("hires.csv");
        Files.writeString(file, body, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aKeyIsPrintedOnceStoredAsItsHashAndRevoked() {
        CliRun created = CliRun.with(environment(), "api-key", "create", "bamboohr");

        assertThat(created.exitCode()).isZero();
        String secret = created.out().strip();
        assertThat(secret).startsWith("obk_").hasSizeGreaterThan(40);
        assertThat(created.err()).contains("shown only this once");
        try (Database database = open()) {
            JdbiApiKeys keys = new JdbiApiKeys(database.jdbi());
            assertThat(keys.findByHash(ApiKeySecrets.hash(secret))).isPresent();
            assertThat(keys.list())
                    .allSatisfy(key ->
                            assertThat(key.keyHash()).isNotEqualTo(secret).hasSize(64));
        }
        assertThat(CliRun.with(environment(), "api-key", "create", "bamboohr").exitCode())
                .isEqualTo(Cli.USAGE);
        assertThat(CliRun.with(environment(), "api-key", "create", "no spaces").err())
                .contains("not a key name");

        CliRun revoked = CliRun.with(environment(), "api-key", "revoke", "bamboohr");
        assertThat(revoked.exitCode()).isZero();
        assertThat(CliRun.with(environment(), "api-key", "list").out()).contains("bamboohr", "revoked");
        assertThat(CliRun.with(environment(), "api-key", "revoke", "bamboohr").err())
                .contains("no active API key");
        try (Database database = open()) {
            assertThat(new JdbiApiKeys(database.jdbi())
                            .findByHash(ApiKeySecrets.hash(secret))
                            .orElseThrow()
                            .revokedAt())
                    .isPresent();
        }
    }

    @Test
    void aDryRunListsEveryBadRowWithItsLineAndStoresNothing() throws IOException {
        try (Database database = open()) {
            new JdbiHireRepository(database.jdbi())
                    .add(HireRepositoryContract.hire(
                            "U0ENROLLED", "UM", HireStatus.ACTIVE, Instant.parse("2026-12-01T09:00:00Z")));
        }
        Path file = csv(HEADER
                + "hana@example.com,,max@example.com,,backend-engineer,2027-01-04,,,,,\n"
                + "omar@example,,,,astronaut,2027-13-01,mars,,,,\n"
                + "\"lea@example.com\",,max@example.com,,,,,nowhere,,,\n"
                + "HANA@example.com,,max@example.com,,,,,,,,\n"
                + "\n"
                + ",U0ENROLLED,,UMGR,,,,,,,\n"
                + "ana@example.com,,max@example.com,,astronaut,,mars,,,,\n");

        CliRun run = CliRun.with(environment(), "import-hires", file.toString());

        assertThat(run.exitCode()).isEqualTo(ImportHiresCommand.INVALID);
        assertThat(run.err())
                .contains(
                        file + ":3: manager_email: give manager_email or manager_id",
                        file + ":3: start_date: '2027-13-01' is not a date",
                        file + ":4: team: unknown team 'nowhere'",
                        file + ":5: email: the same person as on line 2",
                        file + ":7: chat_id: already enrolled as hire",
                        file + ":8: template: unknown template 'astronaut'",
                        file + ":8: calendar: unknown calendar 'mars'",
                        "nothing was imported");
        assertThat(run.err()).doesNotContain(file + ":2:");
        try (Database database = open()) {
            assertThat(new JdbiExpectedHires(database.jdbi()).waiting()).isEmpty();
        }
    }

    @Test
    void aValidFileIsOnlyCheckedWithoutApplyAndStoredAsExpectedHiresWithIt() throws IOException {
        Path file = csv(HEADER
                + "hana@example.com,,max@example.com,,backend-engineer,2027-01-04,de,example,,,slack\n"
                + ",U0OMAR,,U0MGR,,,,,lea@example.com,,\n");

        CliRun dryRun = CliRun.with(environment(), "import-hires", file.toString());
        assertThat(dryRun.exitCode()).isZero();
        assertThat(dryRun.out()).contains("2 hire(s) valid", "--apply");
        try (Database database = open()) {
            assertThat(new JdbiExpectedHires(database.jdbi()).waiting()).isEmpty();
        }

        CliRun applied = CliRun.with(environment(), "import-hires", file.toString(), "--apply");

        assertThat(applied.exitCode()).as(applied.err()).isZero();
        assertThat(applied.out()).contains("imported 2 hire(s)");
        try (Database database = open()) {
            List<ExpectedHire> waiting = new JdbiExpectedHires(database.jdbi()).waiting();
            assertThat(waiting).hasSize(2);
            assertThat(waiting)
                    .allSatisfy(
                            record -> assertThat(record.createdBy()).isEqualTo(new Operator("import-hires hires.csv")));
            assertThat(waiting)
                    .extracting(record -> record.request().hire().email().orElse("-"))
                    .containsExactlyInAnyOrder("hana@example.com", "-");
            ExpectedHire omar = waiting.stream()
                    .filter(record -> record.request().hire().id().isPresent())
                    .findFirst()
                    .orElseThrow();
            assertThat(omar.request().hire().id()).contains(ChatUserId.slack("U0OMAR"));
            assertThat(omar.request().buddy().flatMap(buddy -> buddy.email())).contains("lea@example.com");
        }
        CliRun again = CliRun.with(environment(), "import-hires", file.toString(), "--apply");
        assertThat(again.exitCode()).isEqualTo(ImportHiresCommand.INVALID);
        assertThat(again.err()).contains(":2: email: already expected as hire");
    }

    @Test
    void theShippedExampleIsAValidImport() {
        CliRun run = CliRun.with(environment(), "import-hires", "config/hires-example.csv");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("3 hire(s) valid");
    }

    @Test
    void unknownColumnsAndMissingFilesAreNamed() throws IOException {
        Path file = csv("email,manager,shoe_size\nhana@example.com,max@example.com,44\n");

        assertThat(CliRun.with(environment(), "import-hires", file.toString()).err())
                .contains(file + ":1: unknown column(s) manager, shoe_size");
        assertThat(CliRun.with(environment(), "import-hires", "nope.csv").err()).contains("'nope.csv' does not exist");
    }

    @Test
    void completionsAreExportedSinceADateAsCsvOrJson() {
        Instant monday = Instant.parse("2026-12-07T09:00:00Z");
        try (Database database = open()) {
            Hire hire = HireRepositoryContract.hire("UHANA", "UMGR", HireStatus.ACTIVE, monday);
            new JdbiHireRepository(database.jdbi()).add(hire);
            JdbiProgressRepository progress = new JdbiProgressRepository(database.jdbi());
            progress.addPlan(List.of(
                    new ItemState(
                            hire.id(),
                            new ItemKey("it-setup"),
                            1,
                            "week-1",
                            monday,
                            monday.plusSeconds(86_400),
                            Optional.of(monday),
                            Optional.empty()),
                    new ItemState(
                            hire.id(),
                            new ItemKey("dev-environment"),
                            2,
                            "week-1",
                            monday,
                            monday.plusSeconds(86_400),
                            Optional.of(monday),
                            Optional.empty())));
            progress.complete(
                    hire.id(),
                    new ItemKey("it-setup"),
                    new Completion(
                            ChatUserId.slack("UHANA"), Instant.parse("2026-12-06T10:00:00Z"), CompletionMethod.TEXT));
            progress.complete(
                    hire.id(),
                    new ItemKey("dev-environment"),
                    new Completion(
                            ChatUserId.slack("UMGR"), Instant.parse("2026-12-08T10:00:00Z"), CompletionMethod.BUTTON));
        }

        CliRun csv = CliRun.with(environment(), "export", "completions", "--since", "2026-12-07");
        CliRun json = CliRun.with(environment(), "export", "completions", "--since", "2026-12-01", "--format", "json");

        assertThat(csv.exitCode()).as(csv.err()).isZero();
        assertThat(csv.out().lines().toList()).hasSize(2);
        assertThat(csv.out().lines().toList().get(1))
                .contains(",UHANA,", ",dev-environment,", ",UMGR,", "2026-12-08T10:00:00Z,button");
        assertThat(json.exitCode()).isZero();
        assertThat(json.out()).contains("\"item\" : \"it-setup\"", "\"item\" : \"dev-environment\"");
        assertThat(CliRun.with(environment(), "export", "completions", "--since", "last week")
                        .err())
                .contains("not a date");
        assertThat(CliRun.with(environment(), "export", "completions", "--since", "2026-12-01", "--format", "xlsx")
                        .err())
                .contains("csv or json");
    }
}
