package dev.onboardingbuddy.app;

import static dev.onboardingbuddy.app.BotHarness.ADMIN;
import static dev.onboardingbuddy.app.BotHarness.HIRE;
import static dev.onboardingbuddy.app.BotHarness.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /onboarding status}: admins see everyone, managers their hires, hires themselves, and nobody more. */
class StatusVisibilityEndToEndTest {
    private static final Instant MONDAY_TEN_BERLIN = Instant.parse("2026-12-07T09:00:00Z");
    private static final String OTHER_HIRE = "UHIRE2";
    private static final String OTHER_MANAGER = "UMGR2";

    @TempDir
    Path directory;

    BotHarness harness;

    @BeforeEach
    void start() {
        harness = new BotHarness(directory, MONDAY_TEN_BERLIN);
        harness.enrolled(HIRE, MANAGER, "2026-12-07");
        harness.enrolled(OTHER_HIRE, OTHER_MANAGER, "2026-12-07");
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void anAdminSeesEveryHire() {
        String status = harness.commandText(ADMIN, "status");

        assertThat(status).startsWith("*Onboarding status*").contains("<@UHIRE>", "<@UHIRE2>");
    }

    @Test
    void aManagerSeesOnlyTheirOwnHires() {
        assertThat(harness.commandText(MANAGER, "status")).contains("<@UHIRE>").doesNotContain("<@UHIRE2>");
        assertThat(harness.commandText(OTHER_MANAGER, "status"))
                .contains("<@UHIRE2>")
                .doesNotContain("<@UHIRE>");
    }

    @Test
    void aHireSeesOnlyThemselves() {
        assertThat(harness.commandText(HIRE, "status")).contains("<@UHIRE>").doesNotContain("<@UHIRE2>");
        assertThat(harness.commandText(OTHER_HIRE, "status"))
                .contains("<@UHIRE2>")
                .doesNotContain("<@UHIRE>");
    }

    @Test
    void aStatusAskedAgainAtOnceShowsWhatChangedInBetween() {
        assertThat(harness.doneCount(MANAGER, HIRE)).isZero();

        harness.say(HIRE, "done 1");

        assertThat(harness.doneCount(MANAGER, HIRE)).isEqualTo(1);
    }

    @Test
    void someoneWithNoHiresSeesNobody() {
        assertThat(harness.commandText("UPEER", "status"))
                .startsWith("Nobody you can see is onboarding")
                .doesNotContain("<@UHIRE");
    }

    @Test
    void theManagerAndTheHireSeeTheDetailPerSection() {
        harness.say(HIRE, "done 1");

        for (String caller : new String[] {MANAGER, HIRE, ADMIN}) {
            String detail = harness.commandText(caller, "status <@UHIRE|hire>");

            assertThat(detail)
                    .as("as %s", caller)
                    .contains(
                            "<@UHIRE> · 1/",
                            "Manager: <@UMGR>",
                            "backend-engineer",
                            "• *Week 1: Orientation & Setup*: 1 of 10 done",
                            "• *Week 2-4: Core Understanding*: 0 of 9 done _(not all released yet)_",
                            "• *Relationship Building*: 0 of 4 done _(not all released yet)_");
            assertThat(detail).doesNotContain("Success Metrics", "Notes & Feedback"); // the manager's own reviews
        }
    }

    @Test
    void askingForSomeoneElsesHireIsRefusedAndShowsNothingOfThem() {
        String refused = harness.commandText(OTHER_MANAGER, "status <@UHIRE>");
        String notEnrolled = harness.commandText(OTHER_MANAGER, "status <@UNOBODY>");

        assertThat(refused)
                .startsWith(":no_entry:")
                .contains("<@UHIRE>")
                .doesNotContain("Week 1", " done", "/", "Manager", "<@UMGR>", "backend-engineer", "day ");
        assertThat(refused.replace("UHIRE", "X")).isEqualTo(notEnrolled.replace("UNOBODY", "X"));
        assertThat(harness.commandText(OTHER_HIRE, "status <@UHIRE>")).isEqualTo(refused);
    }
}
