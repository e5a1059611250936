package dev.onboardingbuddy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.checklist.ChecklistItem;
import dev.onboardingbuddy.checklist.ChecklistTemplate;
import dev.onboardingbuddy.yaml.ChecklistFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreviewCommandTest {
    private static final ChecklistTemplate BACKEND = new ChecklistFiles()
            .load(Path.of("config/checklists/backend-engineer.yaml"))
            .orElseThrow();

    @Test
    void previewsEveryItemOfTheBackendEngineerChecklistWithTheManagerReminders() {
        CliRun run = CliRun.of(
                "preview", "--template", "backend-engineer", "--start", "2026-12-07", "--tz", "Europe/Berlin");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        for (ChecklistItem item : BACKEND.items().toList()) {
            assertThat(run.out()).as(item.title()).contains(" " + item.title() + " (due ");
        }
        assertThat(run.out())
                .contains(
                        "Due today: 30-Day Review (review)",
                        "Due today: 90-Day Review (review)",
                        "Heads-up: 60-Day Review (review)",
                        "(meeting)",
                        "API design & implementation (review)");
    }

    @Test
    void placesEachItemInItsWeekAtNineLocalTimeAndSortsByTime() {
        List<String> lines = CliRun.of(
                        "preview", "--template", "backend-engineer", "--start", "2026-12-07", "--tz", "Europe/Berlin")
                .out()
                .lines()
                .toList();

        assertThat(lines)
                .anyMatch(line -> line.startsWith("2026-12-07 Mon  09:00  hire ")
                        && line.contains("#1 Complete IT setup and access provisioning (due 2026-12-11)"));
        // weeks 2-4 start on day 8, Monday 14 December
        assertThat(lines)
                .anyMatch(line -> line.startsWith("2026-12-14 Mon  09:00  hire ")
                        && line.contains("Shadow team members in daily workflows (due 2027-01-01)"));
        // the 30-day review: day 30 is Tuesday 5 January 2027
        assertThat(lines)
                .anyMatch(line ->
                        line.startsWith("2027-01-05 Tue  09:00  manager") && line.contains("Due today: 30-Day Review"));
        List<String> dates = lines.stream()
                .filter(line -> line.matches("^\\d{4}-\\d{2}-\\d{2} .*"))
                .map(line -> line.substring(0, 10) + line.substring(16, 21))
                .toList();
        assertThat(dates).isSorted();
    }

    @Test
    void anotherZoneAndCalendarShiftThePlan() {
        CliRun run = CliRun.of(
                "preview",
                "--template",
                "backend-engineer",
                "--start",
                "2026-12-21",
                "--tz",
                "America/Los_Angeles",
                "--calendar",
                "us");

        assertThat(run.exitCode()).isZero();
        // 25 December is a US holiday: the item due on day 5 (Friday) moves back to Thursday 24 December
        assertThat(run.out()).contains("#1 Complete IT setup and access provisioning (due 2026-12-24)");
        assertThat(run.out()).contains("start 2026-12-21, America/Los_Angeles, calendar us");
    }

    @Test
    void anUnknownTemplateNamesTheValidOnesWithExitCodeTwo() {
        CliRun run = CliRun.of("preview", "--template", "astronaut", "--start", "2026-12-07");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip())
                .isEqualTo("error: unknown template 'astronaut'; choose one of: backend-engineer, new-hire");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aBadDateIsNamedWithTheExpectedForm() {
        CliRun run = CliRun.of("preview", "--template", "backend-engineer", "--start", "2026-13-07");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip())
                .isEqualTo("error: '2026-13-07' is not a date; write it as YYYY-MM-DD, such as 2026-12-07");
    }

    @Test
    void aBadZoneIsNamedWithExamples() {
        CliRun run =
                CliRun.of("preview", "--template", "backend-engineer", "--start", "2026-12-07", "--tz", "Mars/Base");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("error: 'Mars/Base' is not a time zone")
                .contains("Europe/Berlin")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void anUnknownCalendarNamesTheValidOnes() {
        CliRun run =
                CliRun.of("preview", "--template", "backend-engineer", "--start", "2026-12-07", "--calendar", "moon");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip())
                .isEqualTo("error: unknown calendar 'moon'; choose one of: de, de-by, default, il, us");
    }

    @Test
    void aMissingOptionIsAUsageError() {
        CliRun run = CliRun.of("preview", "--template", "backend-engineer");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required option: '--start=YYYY-MM-DD'");
    }
}
