package dev.onboardingbuddy.app;

import static dev.onboardingbuddy.app.BotHarness.ADMIN;
import static dev.onboardingbuddy.app.BotHarness.HIRE;
import static dev.onboardingbuddy.app.BotHarness.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.enrollment.HireStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Roles people really have, driven the way Slack calls the bot: who may enrol once admins are set (admins, and
 * managers from team files, ONBOARDING_MANAGERS or {@code managers add}), what team leads see, and the audit trail.
 */
class RolesEndToEndTest {
    private static final Instant MONDAY_TEN_BERLIN = Instant.parse("2026-12-07T09:00:00Z");
    private static final String TEAM_MANAGER = "UTEAMMGR";
    private static final String LISTED_MANAGER = "ULISTED";
    private static final String LEAD = "ULEAD";
    private static final String PEER = "UPEER";
    private static final String OTHER_HIRE = "UHIRE2";
    private static final String NOT_A_MANAGER = ":no_entry: Only an onboarding admin or a manager may enrol a hire, "
            + "and you are not listed as a manager. Ask <@UADMIN> to add you with `managers add @you`.";

    @TempDir
    Path directory;

    BotHarness harness;

    @AfterEach
    void stop() {
        if (harness != null) {
            harness.close();
        }
    }

    private BotHarness start(Map<String, String> overrides) {
        try {
            Path teams = Files.createDirectories(directory.resolve("teams"));
            Files.writeString(teams.resolve("payments.yaml"), """
          id: payments
          name: Payments
          managers:
            - UTEAMMGR
          leads:
            - ULEAD
          """);
            Files.writeString(teams.resolve("search.yaml"), """
          id: search
          name: Search
          leads:
            - ULEAD2
          """);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        Map<String, String> settings = new HashMap<>(Map.of(
                "TEAMS_DIR",
                directory.resolve("teams").toString(),
                "ONBOARDING_MANAGERS",
                MANAGER + "," + LISTED_MANAGER));
        settings.putAll(overrides);
        harness = new BotHarness(directory, MONDAY_TEN_BERLIN, settings);
        return harness;
    }

    private String startAs(String caller, String hire, String manager, String extra) {
        return harness.enrol(
                caller, "start <@" + hire + "|h> <@" + manager + "|m> backend-engineer 2026-12-07" + extra);
    }

    @Test
    void aPlainMemberNamingThemselvesTheManagerIsRefusedAndToldWhomToAsk() {
        start(Map.of());

        assertThat(startAs(PEER, HIRE, PEER, "")).isEqualTo(NOT_A_MANAGER);
        assertThat(harness.hireOf(HIRE)).isEmpty();
    }

    @Test
    void aManagerListedInATeamFileEnrolsTheirOwnHire() {
        start(Map.of());

        assertThat(startAs(TEAM_MANAGER, HIRE, TEAM_MANAGER, " team payments"))
                .contains("Enrolled <@UHIRE>", "manager <@UTEAMMGR>");
    }

    @Test
    void aManagerListedInOnboardingManagersEnrolsTheirOwnHireButNotForAnotherManager() {
        start(Map.of());

        assertThat(startAs(LISTED_MANAGER, OTHER_HIRE, MANAGER, ""))
                .startsWith(":no_entry: Only an onboarding admin, or the manager named in the command, may enrol");
        assertThat(startAs(LISTED_MANAGER, HIRE, LISTED_MANAGER, ""))
                .contains("Enrolled <@UHIRE>", "manager <@ULISTED>");
    }

    @Test
    void aManagerGrantedByAnAdminEnrolsUntilTheAdminRemovesThem() {
        start(Map.of());
        assertThat(harness.commandText(PEER, "managers add <@UPEER|peer>"))
                .isEqualTo(":no_entry: Only an onboarding admin may change who is a manager. Ask <@UADMIN> if someone "
                        + "should be added or removed.");

        assertThat(harness.commandText(ADMIN, "managers add <@UPEER|peer>"))
                .isEqualTo(":white_check_mark: <@UPEER> is now a manager and may enrol their hires.");
        assertThat(harness.commandText(ADMIN, "managers add <@UPEER|peer>"))
                .isEqualTo("<@UPEER> is a manager already.");
        assertThat(harness.commandText(ADMIN, "managers list")).contains("• <@UPEER>");
        assertThat(startAs(PEER, HIRE, PEER, "")).contains("Enrolled <@UHIRE>", "manager <@UPEER>");

        assertThat(harness.commandText(ADMIN, "managers remove <@UPEER|peer>")).startsWith("Removed <@UPEER>");
        assertThat(startAs(PEER, OTHER_HIRE, PEER, "")).isEqualTo(NOT_A_MANAGER);
        assertThat(harness.commandText(ADMIN, "managers remove <@ULISTED>"))
                .contains("<@ULISTED> is a manager through ONBOARDING_MANAGERS");
    }

    @Test
    void withNoAdminsSetAnyoneMayEnrolAHireTheyManageAsBefore() {
        start(Map.of("ONBOARDING_ADMINS", "", "ONBOARDING_MANAGERS", ""));

        assertThat(startAs(PEER, HIRE, PEER, "")).contains("Enrolled <@UHIRE>", "manager <@UPEER>");
    }

    @Test
    void aLeadSeesTheHiresOfTheirTeamAndNothingElseAndChangesNothing() {
        start(Map.of());
        harness.enrolled(OTHER_HIRE, MANAGER, "2026-12-07");
        assertThat(startAs(ADMIN, HIRE, TEAM_MANAGER, " team payments")).contains("Enrolled <@UHIRE>");

        String status = harness.commandText(LEAD, "status");
        assertThat(status)
                .startsWith("*Onboarding status*")
                .contains("<@UHIRE>")
                .doesNotContain("<@UHIRE2>");
        assertThat(harness.commandText(LEAD, "status <@UHIRE>")).contains("Manager: <@UTEAMMGR>", "• *Week 1");
        assertThat(harness.commandText(LEAD, "status <@UHIRE2>")).startsWith(":no_entry: You can see");
        assertThat(harness.commandText("ULEAD2", "status")).startsWith("Nobody you can see is onboarding");

        assertThat(harness.commandText(LEAD, "pause <@UHIRE>"))
                .isEqualTo(":no_entry: Only an onboarding admin or <@UHIRE>'s manager may change their onboarding.");
        assertThat(harness.hireOf(HIRE).orElseThrow().status()).isEqualTo(HireStatus.ACTIVE);
        assertThat(harness.commandText(LEAD, "status <@UHIRE> history")).startsWith(":no_entry:");
        assertThat(harness.commandText(ADMIN, "status")).contains("<@UHIRE>", "<@UHIRE2>");
    }

    @Test
    void theHistoryShowsEachChangeWithWhoMadeItNewestLast() {
        start(Map.of());
        harness.enrolled(HIRE, MANAGER, "2026-12-07");
        assertThat(harness.commandText(MANAGER, "pause <@UHIRE>")).startsWith("Paused");
        harness.clock.advance(Duration.ofMinutes(5));
        assertThat(harness.commandText(MANAGER, "resume <@UHIRE>")).startsWith("Resumed");
        assertThat(harness.commandText(ADMIN, "move <@UHIRE> 2026-12-14")).startsWith("Moved");

        List<String> history = harness.commandText(MANAGER, "status <@UHIRE|hire> history")
                .lines()
                .toList();

        assertThat(history)
                .containsExactly(
                        "*History* of <@UHIRE> (newest last)",
                        "• 2026-12-07 09:00 UTC <@UADMIN> enrolled <@UHIRE> with manager <@UMGR>: backend-engineer starting "
                                + "2026-12-07",
                        "• 2026-12-07 09:00 UTC <@UMGR> paused <@UHIRE>",
                        "• 2026-12-07 09:05 UTC <@UMGR> resumed <@UHIRE>",
                        "• 2026-12-07 09:05 UTC <@UADMIN> moved the start of <@UHIRE>: from 2026-12-07 to 2026-12-14");
        assertThat(harness.commandText(PEER, "status <@UHIRE> history"))
                .isEqualTo(":no_entry: Only an onboarding admin or <@UHIRE>'s manager may read their history.");
        assertThat(harness.commandText(HIRE, "status <@UHIRE> history")).startsWith(":no_entry:");

        assertThat(harness.commandText(ADMIN, "cancel <@UHIRE>")).startsWith("Cancelled");
        assertThat(harness.commandText(ADMIN, "managers add <@UPEER>")).contains("is now a manager");
        assertThat(harness.commandText(ADMIN, "status <@UHIRE> history").lines().toList())
                .last()
                .isEqualTo("• 2026-12-07 09:05 UTC <@UADMIN> cancelled the onboarding of <@UHIRE>");
        assertThat(harness.commandText(ADMIN, "status <@UPEER> history"))
                .endsWith("• 2026-12-07 09:05 UTC <@UADMIN> made <@UPEER> a manager");
    }
}
