package dev.onboardingbuddy.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardingbuddy.bench.SeedHires;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The home of an admin who also manages 40 hires and leads a team, in an installation of 300 hires: every part is
 * there, summarised, and the view keeps within Slack's 100 blocks. The hires are written through the repositories,
 * as enrolments would.
 */
class AppHomeBigInstallationEndToEndTest {
    private static final Instant MONDAY_TEN_BERLIN = Instant.parse("2026-12-07T09:00:00Z");
    private static final int HIRES = 300;
    private static final String EVERYTHING = SeedHires.BENCH_MANAGER;

    @TempDir
    Path directory;

    BotHarness harness;

    @BeforeEach
    void start() throws IOException {
        Path teams = Files.createDirectories(directory.resolve("teams"));
        Files.writeString(teams.resolve("team3.yaml"), """
        id: team3
        name: Team three
        leads:
          - %s
        """.formatted(EVERYTHING));
        harness = new BotHarness(
                directory,
                MONDAY_TEN_BERLIN,
                Map.of("TEAMS_DIR", teams.toString(), "ONBOARDING_ADMINS", BotHarness.ADMIN + "," + EVERYTHING));
        harness.seedHires(HIRES, 40);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void anAdminWhoManagesAndLeadsGetsEveryPartSummarisedWithin100Blocks() {
        JsonNode home = new HomeTabs(harness).openedShowing(EVERYTHING, "*300 hires*");

        assertThat(home.path("blocks").size()).isLessThanOrEqualTo(100);
        String text = HomeTabs.text(home);
        assertThat(text)
                .contains(
                        "Your hires",
                        "40 hires · ",
                        "the 20 riskiest below",
                        "Hires of the teams you lead",
                        "Everyone onboarding",
                        "The 20 riskiest",
                        "No failed sends in the last 7 days");
        assertThat(text.lines().filter(line -> line.matches(".*<@UH\\d+> · .*")))
                .hasSizeGreaterThanOrEqualTo(40);
    }
}
