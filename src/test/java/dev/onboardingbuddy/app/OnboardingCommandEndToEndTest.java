package dev.onboardingbuddy.app;

import static dev.onboardingbuddy.app.BotHarness.ADMIN;
import static dev.onboardingbuddy.app.BotHarness.HIRE;
import static dev.onboardingbuddy.app.BotHarness.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Hire;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /onboarding} as people type it: usage, every kind of mistake, who may enrol, and the hire's time zone. */
class OnboardingCommandEndToEndTest {
    private static final Instant MONDAY_TEN_BERLIN = Instant.parse("2026-12-07T09:00:00Z");
    private static final String START_HIRE = "start <@UHIRE|hire> <@UMGR|boss> ";
    private static final String USAGE_HEADING = "*/onboarding* commands:";

    @TempDir
    Path directory;

    BotHarness harness;

    @BeforeEach
    void start() {
        harness = new BotHarness(directory, MONDAY_TEN_BERLIN);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private void assertNobodyEnrolled() {
        assertThat(harness.hireOf(HIRE)).isEmpty();
        assertThat(harness.commandText(ADMIN, "status")).startsWith("Nobody you can see is onboarding");
    }

    @Test
    void helpAndAnEmptyCommandShowTheUsage() {
        for (String text : new String[] {"help", "", "   "}) {
            String answer = harness.commandText(MANAGER, text);

            assertThat(answer)
                    .as("for '%s'", text)
                    .startsWith(USAGE_HEADING)
                    .contains("start @hire @manager", "status", "pause @hire", "move @hire YYYY-MM-DD");
        }
    }

    @Test
    void anUnknownVerbIsNamedInTheAnswerAboveTheUsage() {
        String answer = harness.commandText(ADMIN, "enrole <@UHIRE>");

        assertThat(answer).startsWith(":warning: I don't know `enrole`.").contains(USAGE_HEADING);
    }

    @Test
    void anUnescapedMentionIsRefusedWithHowToPickThePersonAndNothingIsStored() {
        String answer = harness.commandText(ADMIN, "start @bob @alice");

        assertThat(answer).contains("`@bob` is not a mention of a person", "type @ and pick the hire");
        assertNobodyEnrolled();
    }

    @Test
    void anImpossibleDateIsRefusedWithTheExpectedFormat() {
        String answer = harness.commandText(ADMIN, START_HIRE + "backend-engineer 2026-13-01");

        assertThat(answer).contains("`2026-13-01` is not a date", "YYYY-MM-DD");
        assertNobodyEnrolled();
    }

    @Test
    void anUnknownTemplateIsRefusedNamingTheValidOnes() {
        String answer = harness.enrol(ADMIN, START_HIRE + "frontend-engineer 2026-12-07");

        assertThat(answer)
                .startsWith(":no_entry:")
                .contains("Unknown template `frontend-engineer`", "backend-engineer", "new-hire");
        assertNobodyEnrolled();
    }

    @Test
    void anUnknownCalendarIsRefusedNamingIt() {
        String answer = harness.enrol(ADMIN, START_HIRE + "backend-engineer 2026-12-07 calendar mars");

        assertThat(answer).startsWith(":no_entry:").contains("mars");
        assertNobodyEnrolled();
    }

    @Test
    void someoneWhoIsNeitherAdminNorAKnownManagerIsRefusedAndNothingIsStored() {
        String answer = harness.enrol("UPEER", START_HIRE + "backend-engineer 2026-12-07");

        // with admins set, a plain member is refused whoever they name (issue "Roles people really have")
        assertThat(answer)
                .startsWith(":no_entry:")
                .contains("Only an onboarding admin or a manager may enrol", "<@UADMIN>");
        assertNobodyEnrolled();
        assertThat(harness.responses()).isEmpty();
        harness.say(HIRE, "help");
        assertThat(harness.postsTo("DHIRE")).hasSize(1);
    }

    @Test
    void statusAskedAgainAtOnceIsAnsweredFromItsSnapshotInTheSameWordsAndAnEnrolmentShowsAtOnce() {
        harness.enrol(MANAGER, START_HIRE + "backend-engineer 2026-12-07");
        String first = harness.commandText(MANAGER, "status");

        // the second ask is answered on the request thread from the snapshot (InlineAnswers), not through Bolt
        assertThat(harness.commandText(MANAGER, "status")).isEqualTo(first).contains("<@UHIRE>");

        harness.enrol(MANAGER, "start <@UOTHER|other> <@UMGR|boss> backend-engineer 2026-12-07");
        assertThat(harness.commandText(MANAGER, "status")).contains("<@UHIRE>", "<@UOTHER>");
        // from the new snapshot, not the words written for the old one
        assertThat(harness.commandText(MANAGER, "status")).contains("<@UHIRE>", "<@UOTHER>");
        // another question of the same person has its own answer, asked once or twice
        for (int ask = 0; ask < 2; ask++) {
            assertThat(harness.commandText(MANAGER, "status overdue"))
                    .contains("Nobody you can see matches")
                    .doesNotContain("<@UHIRE>");
        }
        assertThat(harness.commandText(MANAGER, "status")).contains("<@UHIRE>", "<@UOTHER>");
    }

    @Test
    void aManagerMayEnrolTheirOwnHire() {
        String answer = harness.enrol(MANAGER, START_HIRE + "backend-engineer 2026-12-07");

        assertThat(answer).contains("Enrolled <@UHIRE>", "manager <@UMGR>");
        Hire hire = harness.hireOf(HIRE).orElseThrow();
        assertThat(hire.manager()).isEqualTo(ChatUserId.slack(MANAGER));
        assertThat(hire.enrolledBy()).isEqualTo(ChatUserId.slack(MANAGER));
        assertThat(harness.sectionMessage("DHIRE", "Week 1").text()).contains("1. Complete IT setup");
    }

    @Test
    void enrollingSomeoneAlreadyEnrolledSaysSoAndSendsNoDuplicateMessages() {
        harness.enrolled(HIRE, MANAGER, "2026-12-07");
        int firstMessages = harness.awaitMessagesTo("DHIRE", 2).size();

        String again = harness.enrol(ADMIN, START_HIRE + "backend-engineer 2026-12-07");

        assertThat(again).startsWith(":no_entry:").contains("<@UHIRE> is already enrolled", "status");
        harness.say(HIRE, "help");
        assertThat(harness.postsTo("DHIRE")).hasSize(firstMessages + 1);
        assertThat(harness.bot().components().hires().findOpen()).hasSize(1);
    }

    @Test
    void aHireInLosAngelesIsPlannedInTheirZone() {
        harness.slack.user("ULA", "Lee Angeles", ZoneId.of("America/Los_Angeles"));

        // 09:00 UTC is 01:00 on the start day in Los Angeles: nothing is due there yet.
        String answer = harness.enrol(ADMIN, "start <@ULA> <@UMGR> backend-engineer 2026-12-07");

        assertThat(answer).contains("Enrolled <@ULA>", "(America/Los_Angeles)", "arrive on their start date");
        harness.clock.set(Instant.parse("2026-12-07T16:59:00Z"));
        assertThat(harness.releaseDueItems()).isZero();
        assertThat(harness.postsTo("DLA")).isEmpty();
        harness.clock.set(Instant.parse("2026-12-07T17:00:00Z")); // 09:00 in Los Angeles
        harness.releaseDueItems();
        assertThat(harness.sectionMessage("DLA", "Week 1").text()).contains("1. Complete IT setup");
    }

    @Test
    void aHireInTokyoIsPlannedInTheirZone() {
        harness.slack.user("UTOKYO", "Aiko Tanaka", ZoneId.of("Asia/Tokyo"));
        harness.enrolled(HIRE, MANAGER, "2026-12-08"); // Berlin, as a yardstick

        String answer = harness.enrol(ADMIN, "start <@UTOKYO> <@UMGR> backend-engineer 2026-12-08");

        assertThat(answer).contains("Enrolled <@UTOKYO>", "(Asia/Tokyo)");
        harness.clock.set(Instant.parse("2026-12-07T23:59:00Z"));
        assertThat(harness.releaseDueItems()).isZero();
        harness.clock.set(Instant.parse("2026-12-08T00:00:00Z")); // 09:00 in Tokyo, 01:00 in Berlin
        harness.releaseDueItems();
        assertThat(harness.sectionMessage("DTOKYO", "Week 1").text()).contains("1. Complete IT setup");
        harness.say(HIRE, "help");
        assertThat(harness.slack.messagesTo("DHIRE")).extracting(m -> m.text()).noneMatch(t -> t.startsWith("Week 1"));
    }

    @Test
    void whenSlackCannotSayTheHiresTimeZoneTheEnrollingPersonIsToldAndNothingIsStored() {
        harness.slack.failNext("users.info", 1, 500);

        String answer = harness.enrol(ADMIN, START_HIRE + "backend-engineer 2026-12-07");

        assertThat(answer).startsWith(":warning:").contains("<@UHIRE>", "try again");
        assertNobodyEnrolled();
        assertThat(harness.enrol(ADMIN, START_HIRE + "backend-engineer 2026-12-07"))
                .contains("Enrolled <@UHIRE>");
    }
}
