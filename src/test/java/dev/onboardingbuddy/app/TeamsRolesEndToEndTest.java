package dev.onboardingbuddy.app;

import static dev.onboardingbuddy.app.TeamsHarness.ADMIN;
import static dev.onboardingbuddy.app.TeamsHarness.HIRE;
import static dev.onboardingbuddy.app.TeamsHarness.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.enrollment.ChatUserId;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The roles grammar is the core's, so Teams gets it too: an admin adds a manager with an @-mention. */
class TeamsRolesEndToEndTest {
    private static final Instant MONDAY_MORNING = Instant.parse("2026-12-07T08:30:00Z");
    private static final String[] HIRE_MENTION = {HIRE, "Hana Hire"};
    private static final String[] MANAGER_MENTION = {MANAGER, "Max Manager"};

    @TempDir
    Path directory;

    TeamsHarness harness;

    @BeforeEach
    void start() {
        harness = new TeamsHarness(directory, MONDAY_MORNING).start();
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private String lastAnswerTo(String user, String name, String text, List<String[]> mentions, int answers) {
        assertThat(harness.post(harness.personalMessage(user, name, text, mentions))
                        .status())
                .isEqualTo(200);
        List<?> sent = harness.awaitSentTo(TeamsHarness.personalChat(user), answers);
        return harness.awaitSentTo(TeamsHarness.personalChat(user), answers)
                .get(sent.size() - 1)
                .activity()
                .path("text")
                .asText();
    }

    @Test
    void aManagerAddedByAnAdminEnrolsTheirOwnHire() {
        String start = "onboarding start <at>Hana Hire</at> <at>Max Manager</at> backend-engineer 2026-12-07";
        assertThat(lastAnswerTo(MANAGER, "Max Manager", start, List.of(HIRE_MENTION, MANAGER_MENTION), 1))
                .contains("Only an onboarding admin or a manager may enrol", "managers add");

        assertThat(lastAnswerTo(
                        ADMIN,
                        "Ada Admin",
                        "onboarding managers add <at>Max Manager</at>",
                        List.<String[]>of(MANAGER_MENTION),
                        1))
                .contains("is now a manager");
        assertThat(lastAnswerTo(MANAGER, "Max Manager", start, List.of(HIRE_MENTION, MANAGER_MENTION), 3))
                .contains("Enrolled");
        assertThat(harness.bot().components().hires().findOpenByUser(ChatUserId.msteams(HIRE)))
                .isPresent();
    }
}
