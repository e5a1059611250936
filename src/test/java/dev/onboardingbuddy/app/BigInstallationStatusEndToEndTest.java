package dev.onboardingbuddy.app;

import static dev.onboardingbuddy.app.BotHarness.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.bench.SeedHires;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code status} in an installation of hundreds of hires: an admin gets totals and the riskiest twenty, not a wall of
 * lines, and narrows the list with filters. The hires are written through the repositories, as enrolments would.
 */
class BigInstallationStatusEndToEndTest {
    private static final Instant MONDAY_TEN_BERLIN = Instant.parse("2026-12-07T09:00:00Z");
    private static final int HIRES = 300;

    @TempDir
    Path directory;

    BotHarness harness;

    @BeforeEach
    void start() {
        harness = new BotHarness(directory, MONDAY_TEN_BERLIN);
        harness.seedHires(HIRES, 5);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private static List<String> hireLines(String answer) {
        return answer.lines().filter(line -> line.contains("<@UH")).toList();
    }

    @Test
    void anAdminGetsTotalsAndTheTwentyRiskiestNotALinePerHire() {
        String status = harness.commandText(ADMIN, "status");

        assertThat(status)
                .startsWith("*Onboarding status*: 300 hires · ")
                .contains("with overdue items", "The 20 riskiest:", "Narrow it down: `/onboarding status overdue`");
        assertThat(hireLines(status)).hasSize(20);
        assertThat(status.length()).as("within a chat message").isLessThan(4_000);
    }

    @Test
    void theRiskiestComeFirstAndOverdueKeepsOnlyHiresWithOverdueItems() {
        String overdue = harness.commandText(ADMIN, "status overdue");

        assertThat(overdue).startsWith("*Onboarding status* of hires with overdue items");
        assertThat(hireLines(overdue)).isNotEmpty().noneMatch(line -> line.contains(" · 0 overdue"));
    }

    @Test
    void aTeamATemplateAndAManagerNarrowTheList() {
        List<String> team = hireLines(harness.commandText(ADMIN, "status team team3"));
        String template = harness.commandText(ADMIN, "status template new-hire");
        String managed = harness.commandText(ADMIN, "status <@UM7|max>");

        assertThat(team).hasSize(HIRES / 20).allMatch(line -> line.matches(".*<@UH\\d*3> .*"));
        assertThat(template).startsWith("*Onboarding status* of hires on template new-hire: 150 hires · ");
        assertThat(hireLines(managed))
                .hasSize(2)
                .anyMatch(line -> line.contains("<@UH7>"))
                .anyMatch(line -> line.contains("<@UH257>"));
    }

    @Test
    void aManagerStillSeesOnlyTheirOwnHiresLineByLine() {
        String status = harness.commandText(SeedHires.BENCH_MANAGER, "status");

        assertThat(status).startsWith("*Onboarding status* (riskiest first)");
        assertThat(hireLines(status)).hasSize(5);
        assertThat(harness.commandText(SeedHires.BENCH_MANAGER, "status team team9"))
                .doesNotContain("<@UH");
    }
}
