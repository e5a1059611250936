package dev.onboardingbuddy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.checklist.ChecklistTemplate;
import dev.onboardingbuddy.yaml.ChecklistFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OtherCommandsTest {

    @Test
    void validateAcceptsTheShippedChecklistsAndCalendars() {
        CliRun run = CliRun.of("validate");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("ok: 2 checklist file(s) valid");
    }

    @Test
    void validateWarnsOfACalendarOfTypedDatesThatAProgrammeOutlives(@TempDir Path directory) throws Exception {
        Files.writeString(directory.resolve("office.yaml"), """
        id: office
        name: Holidays typed in for 2027 only
        workingDays: [monday, tuesday, wednesday, thursday, friday]
        holidays:
          - {date: 2027-12-24, name: Christmas Eve}
        """);
        Files.writeString(directory.resolve("bavaria.yaml"), """
        id: bavaria
        name: Bavaria and a company day off
        country: de-by
        workingDays: [monday, tuesday, wednesday, thursday, friday]
        holidays:
          - {date: 2027-12-24, name: Christmas Eve}
        """);

        CliRun run = CliRun.with(Map.of("CALENDARS_DIR", directory.toString()), "validate", "--from", "2027-11-15");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err())
                .contains("office.yaml: calendar 'office' lists no holidays for 2028, which a programme "
                        + "starting 2027-11-15 reaches")
                .doesNotContain("bavaria");
    }

    @Test
    void validateReportsEachProblemWithFileAndLineAndExitsOne() {
        CliRun run = CliRun.of("validate", "src/test/resources/checklists/due-before-release.yaml");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .containsPattern("due-before-release\\.yaml:\\d+: .*due .* before release")
                .contains("problem(s) found");
    }

    @Test
    void validateNamesAPathThatDoesNotExist() {
        CliRun run = CliRun.of("validate", "nowhere.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'nowhere.yaml' does not exist");
    }

    @Test
    void importChecklistTurnsTheSeedIntoATemplateThatValidates(@TempDir Path directory) throws Exception {
        Path out = directory.resolve("backend-engineer-imported.yaml");

        CliRun run =
                CliRun.of("import-checklist", "src/test/resources/seed/backend-engineer.md", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("wrote " + out);
        ChecklistTemplate imported = new ChecklistFiles().load(out).orElseThrow();
        assertThat(imported.id().value()).isEqualTo("backend-engineer-imported");
        for (String title : SeedTitles.read(Path.of("src/test/resources/seed/backend-engineer.md"))) {
            assertThat(imported.items()
                            .anyMatch(item -> item.title().contains(title)
                                    || item.metrics().contains(title)))
                    .as(title)
                    .isTrue();
        }
    }

    @Test
    void importChecklistPrintsYamlWhenNoOutputFileIsGiven() {
        CliRun run = CliRun.of("import-checklist", "src/test/resources/seed/backend-engineer.md");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("id: backend-engineer", "role: Backend Engineer", "meetWithin: weeks 3-4");
    }

    @Test
    void importChecklistNamesAMissingFileAndAnUnreadableDocument(@TempDir Path directory) throws Exception {
        assertThat(CliRun.of("import-checklist", "missing.md").err()).contains("'missing.md' does not exist");
        Path empty = Files.writeString(directory.resolve("empty.md"), "just words\n");
        CliRun run = CliRun.of("import-checklist", empty.toString(), "--id", "empty");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: " + empty);
    }

    @Test
    void serveRefusesToStartWithoutSlackSettingsAndNamesThem() {
        CliRun run = CliRun.with(Map.of(), "serve");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("SLACK_BOT_TOKEN is not set", "SLACK_SIGNING_SECRET is not set", "MANAGER_CHANNEL is not set")
                .doesNotContain("\tat ");
    }

    @Test
    void serveRefusesAnInvalidChecklistAndNamesIt(@TempDir Path directory) throws Exception {
        Path checklists = Files.createDirectory(directory.resolve("checklists"));
        Files.copy(
                Path.of("src/test/resources/checklists/duplicate-keys.yaml"),
                checklists.resolve("duplicate-keys.yaml"));
        CliRun run = CliRun.with(
                Map.of(
                        "SLACK_BOT_TOKEN",
                        "xoxb-1",
                        "SLACK_SIGNING_SECRET",
                        "s",
                        "MANAGER_CHANNEL",
                        "C1",
                        "CHECKLISTS_DIR",
                        checklists.toString(),
                        "DATABASE_URL",
                        "jdbc:h2:file:" + directory.resolve("db")),
                "serve");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("duplicate-keys.yaml:").contains("validate");
    }

    @Test
    void warmUpStartsTheBotOnAScratchDatabaseAsksItOnceAndLeavesTheRealDatabaseAlone(@TempDir Path directory) {
        Path real = directory.resolve("real");
        CliRun run = CliRun.with(Map.of("DATABASE_URL", "jdbc:h2:file:" + real), "warm-up");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).containsExactly("POST /slack/events: 200", "GET /healthz: 200");
        assertThat(directory).isEmptyDirectory();
    }

    @Test
    void noCommandShowsUsageWithExitCodeTwo() {
        CliRun run = CliRun.of();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("name a command", "preview", "import-checklist");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        CliRun run = CliRun.of("launch");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("launch");
    }
}
