package dev.onboardingbuddy.app;

import static dev.onboardingbuddy.app.BotHarness.ADMIN;
import static dev.onboardingbuddy.app.BotHarness.MANAGER_CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.HireStatus;
import dev.onboardingbuddy.notification.OutboxEntry;
import dev.onboardingbuddy.notification.OutboxStatus;
import dev.onboardingbuddy.slack.testkit.RecordedCall;
import dev.onboardingbuddy.slack.testkit.SlackFixtures;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Managers on their own clock, and people who leave, as Slack drives the bot. */
class PeopleAndPostsEndToEndTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    // Wednesday 9 December 2026, 10:00 in Tokyo, which is Tuesday 8 December, 20:00 in New York
    private static final Instant WEDNESDAY_TEN_TOKYO = Instant.parse("2026-12-09T01:00:00Z");
    private static final Instant MONDAY_TEN_BERLIN = Instant.parse("2026-12-07T09:00:00Z");

    @TempDir
    Path directory;

    BotHarness harness;

    @AfterEach
    void stop() {
        if (harness != null) {
            harness.close();
        }
    }

    private void dispatch() {
        harness.bot().components().dispatcher().dispatch(50);
    }

    private Hire hire(String user) {
        return harness.bot()
                .components()
                .hires()
                .findOpenByUser(ChatUserId.slack(user))
                .orElseThrow();
    }

    private Optional<OutboxEntry> entry(String key) {
        return harness.bot().components().outbox().find(key);
    }

    private void deactivate(String user) {
        String event = SlackFixtures.load(
                "user_change_deactivated.json", Map.of("user", user, "event_id", harness.nextEventId()));
        assertThat(harness.requests().send(harness.requests().event(event)).status())
                .isEqualTo(200);
    }

    private List<RecordedCall> awaitPostTo(String channel, String containing) {
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            dispatch();
            return harness.postsTo(channel).stream()
                    .anyMatch(call -> call.param("text").contains(containing));
        });
        return harness.postsTo(channel).stream()
                .filter(call -> call.param("text").contains(containing))
                .toList();
    }

    @Test
    void aManagerFourteenHoursBehindTheHireIsRemindedInsideTheirOwnWorkingHours() {
        harness = new BotHarness(directory, WEDNESDAY_TEN_TOKYO);
        harness.slack.user("UTOKYO", "Tokyo Hire", TOKYO).user("UNYMGR", "New York Manager", NEW_YORK);

        // started 31 days ago in Tokyo: the 30-day review and several meetings are overdue
        String answer = harness.enrol(ADMIN, "start <@UTOKYO|t> <@UNYMGR|m> backend-engineer 2026-11-08");
        assertThat(answer).contains("Enrolled <@UTOKYO>");
        String id = hire("UTOKYO").id().value();
        awaitPostTo("DTOKYO", ""); // the hire is caught up at once: it is 10:00 where they are

        // it is 20:00 in New York: the managers' post waits for the send time of the manager's own morning
        harness.bot().components().reminders().queueAll();
        dispatch();
        assertThat(entry("reminders:" + id + ":2026-12-08")).isEmpty();
        assertThat(harness.postsTo(MANAGER_CHANNEL)).isEmpty();
        harness.clock.set(Instant.parse("2026-12-09T13:30:00Z")); // 08:30 in New York: working hours, before 09:00
        harness.bot().components().reminders().queueAll();
        dispatch();
        assertThat(harness.postsTo(MANAGER_CHANNEL)).isEmpty();

        harness.clock.set(Instant.parse("2026-12-09T14:00:00Z")); // 09:00 in New York, 23:00 in Tokyo
        harness.bot().components().reminders().queueAll();
        RecordedCall reminded = awaitPostTo(MANAGER_CHANNEL, "<@UNYMGR>").get(0);
        // the harness clock ticks on in real time from the instant set, so the post is at 09:00 and a few seconds
        assertThat(reminded.at().atZone(NEW_YORK).toLocalTime()).isBetween(LocalTime.of(9, 0), LocalTime.of(9, 1));
        assertThat(entry("reminders:" + id + ":2026-12-09")).isPresent();
        // the due date stays the hire's (day 30 in Tokyo was Monday 7 December); its first overdue reminder is not
        // numbered, and everything the late enrolment made due is in this one post
        assertThat(reminded.param("text"))
                .contains("<@UTOKYO> was enrolled on day 32:", "30-Day Review (review) is overdue since Mon 7 Dec.")
                .doesNotContain("reminder 3", "due today");
        harness.bot().components().reminders().queueAll();
        harness.clock.set(Instant.parse("2026-12-09T20:00:00Z"));
        harness.bot().components().reminders().queueAll();
        dispatch();
        assertThat(harness.postsTo(MANAGER_CHANNEL)).hasSize(1);
    }

    @Test
    void aHireDeactivatedInSlackIsPausedNoLongerMessagedAndTheAdminsAndManagerHearOfIt() {
        harness = new BotHarness(directory, MONDAY_TEN_BERLIN);
        harness.enrolled("UHIRE", "UMGR", "2026-12-07");
        awaitPostTo("DHIRE", "");

        deactivate("UHIRE");

        await().atMost(Duration.ofSeconds(10)).until(() -> hire("UHIRE").status() == HireStatus.PAUSED);
        assertThat(awaitPostTo("DADMIN", "<@UHIRE>").get(0).param("text"))
                .contains("was deactivated in Slack", "paused");
        assertThat(awaitPostTo("DMGR", "<@UHIRE>").get(0).param("text")).contains("paused");
        int before = harness.postsTo("DHIRE").size();

        deactivate("UHIRE"); // Slack may say it twice: nobody hears it twice
        harness.clock.set(Instant.parse("2026-12-14T09:00:00Z")); // the weeks 2-4 section would be released now
        harness.releaseDueItems();
        dispatch();
        assertThat(harness.postsTo("DHIRE")).hasSize(before);
        assertThat(harness.postsTo("DADMIN")).hasSize(1);
    }

    @Test
    void aSendThatFailsWithAccountInactiveHoldsTheMessagePausesTheHireAndTellsTheAdmins() {
        harness = new BotHarness(directory, MONDAY_TEN_BERLIN);
        harness.slack.errorNext("conversations.open", 1, "account_inactive");
        String id = harness.enrolled("UHIRE", "UMGR", "2026-12-07").id().value();

        assertThat(awaitPostTo("DADMIN", "<@UHIRE>").get(0).param("text")).contains("account_inactive", "paused");
        OutboxEntry weekOne = entry("release:" + id + ":week-1:1").orElseThrow();
        assertThat(weekOne.status()).isEqualTo(OutboxStatus.HELD);
        assertThat(weekOne.lastError()).get().asString().contains("account_inactive");
        assertThat(hire("UHIRE").status()).isEqualTo(HireStatus.PAUSED);

        harness.clock.advance(Duration.ofDays(1));
        dispatch();
        assertThat(harness.slack.calls("conversations.open").stream()
                        .filter(call -> "UHIRE".equals(call.param("users"))))
                .hasSize(1);
    }

    @Test
    void aDepartedManagersHiresAreReportedToTheAdminsWhoHandThemOver() {
        harness = new BotHarness(directory, MONDAY_TEN_BERLIN);
        harness.enrolled("UHIRE", "UMGR", "2026-12-07");

        deactivate("UMGR");
        assertThat(awaitPostTo("DADMIN", "<@UMGR>").get(0).param("text"))
                .contains("<@UHIRE>", "/onboarding manager @hire @new");
        assertThat(hire("UHIRE").status()).isEqualTo(HireStatus.ACTIVE);

        assertThat(harness.commandText("UMGR", "manager <@UHIRE|h> <@UNEW|n>")).contains("Only");
        assertThat(harness.commandText(ADMIN, "manager <@UHIRE|h> <@UNEW|n>"))
                .contains("Handed <@UHIRE> over to <@UNEW>");
        assertThat(hire("UHIRE").manager().value()).isEqualTo("UNEW");
        assertThat(harness.doneCount("UNEW", "UHIRE")).isZero();
        assertThat(harness.commandText(ADMIN, "status <@UHIRE> history"))
                .contains("changed the manager of <@UHIRE> to <@UNEW>");
    }
}
