package dev.onboardingbuddy.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.slack.testkit.SlackRequests;
import dev.onboardingbuddy.slack.testkit.SlashCommand;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One process serving Slack and Teams: each hire is reached only on their own platform. */
class DualPlatformEndToEndTest {
    @TempDir
    Path directory;

    TeamsHarness harness;

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void aSlackHireAndATeamsHireEnrolledAtOnceAreEachReachedOnTheirOwnPlatform() {
        harness = new TeamsHarness(directory, Instant.parse("2026-12-07T08:30:00Z")).withSlack();
        harness.slack().user("UHIRE", "Slack Hire", ZoneId.of("Europe/Berlin"));
        harness.start();
        SlackRequests slack = new SlackRequests(
                URI.create("http://127.0.0.1:" + harness.bot().port()),
                harness.environment.get("SLACK_SIGNING_SECRET"),
                harness.clock);

        assertThat(slack.send(slack.slashCommand(new SlashCommand(
                                "/onboarding",
                                "start <@UHIRE> <@UMGR> backend-engineer 2026-12-07",
                                "UADMIN",
                                "uadmin",
                                "C0GENERAL",
                                "T0FAKE",
                                "1.2.trigger",
                                harness.slack().responseUrl(),
                                "A0BUDDY",
                                "token")))
                        .status())
                .isEqualTo(200);
        ObjectNode teamsStart = harness.personalMessage(
                TeamsHarness.ADMIN,
                "Ada Admin",
                "onboarding start <at>Hana Hire</at> <at>Max Manager</at> backend-engineer 2026-12-07 tz Europe/Berlin",
                List.of(new String[] {TeamsHarness.HIRE, "Hana Hire"}, new String[] {TeamsHarness.MANAGER, "Max Manager"
                }));
        assertThat(harness.post(teamsStart).status()).isEqualTo(200);

        String teamsChat = harness.awaitOpenedChatWith(TeamsHarness.HIRE);
        harness.awaitSentTo(teamsChat, 1);
        await().atMost(Duration.ofSeconds(15))
                .until(() -> harness.slack().calls("chat.postMessage").stream()
                        .anyMatch(call -> "DHIRE".equals(call.param("channel"))));

        assertThat(harness.bot().components().hires().findOpenByUser(ChatUserId.slack("UHIRE")))
                .isPresent();
        assertThat(harness.bot().components().hires().findOpenByUser(ChatUserId.msteams(TeamsHarness.HIRE)))
                .isPresent();
        assertThat(harness.slack().calls("chat.postMessage"))
                .noneMatch(call -> String.valueOf(call.param("channel")).contains("hire0001"));
        assertThat(harness.teams.activities())
                .noneMatch(activity -> activity.activity().toString().contains("UHIRE"));
    }
}
