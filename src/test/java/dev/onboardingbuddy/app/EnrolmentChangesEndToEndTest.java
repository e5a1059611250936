package dev.onboardingbuddy.app;

import static dev.onboardingbuddy.app.BotHarness.ADMIN;
import static dev.onboardingbuddy.app.BotHarness.HIRE;
import static dev.onboardingbuddy.app.BotHarness.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.HireStatus;
import dev.onboardingbuddy.progress.CompletionEvent;
import dev.onboardingbuddy.progress.CompletionEventType;
import dev.onboardingbuddy.slack.testkit.RecordedMessage;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pause}, {@code resume}, {@code cancel} and {@code move}: allowed to admins and the hire's manager only. */
class EnrolmentChangesEndToEndTest {
    private static final Instant MONDAY_TEN_BERLIN = Instant.parse("2026-12-07T09:00:00Z");
    private static final Instant NEXT_MONDAY_TEN_BERLIN = Instant.parse("2026-12-14T09:00:00Z");
    private static final String REFUSED = ":no_entry: Only an onboarding admin or <@UHIRE>'s manager may change";

    @TempDir
    Path directory;

    BotHarness harness;
    Hire hire;

    @BeforeEach
    void start() {
        harness = new BotHarness(directory, MONDAY_TEN_BERLIN);
        hire = harness.enrolled(HIRE, MANAGER, "2026-12-07");
        harness.awaitMessagesTo("DHIRE", 2); // Week 1 and the first two meetings
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private String statusLine(String caller) {
        return harness.commandText(caller, "status")
                .lines()
                .filter(line -> line.contains("<@UHIRE>"))
                .findFirst()
                .orElseThrow();
    }

    private List<String> dmTexts() {
        return harness.slack.messagesTo("DHIRE").stream()
                .map(RecordedMessage::text)
                .toList();
    }

    @Test
    void theAdminPausesAndResumesAHire() {
        assertThat(harness.commandText(ADMIN, "pause <@UHIRE|hire>")).startsWith("Paused <@UHIRE>");
        assertThat(statusLine(ADMIN)).endsWith("_paused_");
        assertThat(harness.hireOf(HIRE).orElseThrow().status()).isEqualTo(HireStatus.PAUSED);

        assertThat(harness.commandText(ADMIN, "resume <@UHIRE|hire>")).startsWith("Resumed <@UHIRE>");
        assertThat(statusLine(ADMIN)).doesNotContain("_paused_");
        assertThat(harness.hireOf(HIRE).orElseThrow().status()).isEqualTo(HireStatus.ACTIVE);
    }

    @Test
    void theHiresManagerPausesAndResumesThem() {
        assertThat(harness.commandText(MANAGER, "pause <@UHIRE>")).startsWith("Paused <@UHIRE>");
        assertThat(statusLine(MANAGER)).endsWith("_paused_");
        assertThat(harness.commandText(MANAGER, "resume <@UHIRE>")).startsWith("Resumed <@UHIRE>");
        assertThat(statusLine(MANAGER)).doesNotContain("_paused_");
    }

    @Test
    void aPeerAnotherManagerOrTheHireCannotPauseResumeCancelOrMove() {
        for (String caller : new String[] {"UPEER", "UMGR2", HIRE}) {
            for (String command :
                    new String[] {"pause <@UHIRE>", "resume <@UHIRE>", "cancel <@UHIRE>", "move <@UHIRE> 2027-01-04"}) {
                assertThat(harness.commandText(caller, command))
                        .as("%s by %s", command, caller)
                        .startsWith(REFUSED);
            }
        }

        Hire unchanged = harness.hireOf(HIRE).orElseThrow();
        assertThat(unchanged.status()).isEqualTo(HireStatus.ACTIVE);
        assertThat(unchanged.startDate()).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void aPausedHireGetsNoReleasesAndResumingSendsWhatCameDueMeanwhile() {
        harness.commandText(MANAGER, "pause <@UHIRE>");
        harness.clock.set(NEXT_MONDAY_TEN_BERLIN); // week 2 and the Data Engineer meeting are due now

        assertThat(harness.releaseDueItems()).isZero();
        harness.say(HIRE, "help");
        assertThat(dmTexts()).noneMatch(text -> text.startsWith("Week 2-4"));

        assertThat(harness.commandText(MANAGER, "resume <@UHIRE>")).startsWith("Resumed");
        assertThat(harness.sectionMessage("DHIRE", "Week 2-4").text()).contains("11. Deep dive into Backend Engineer");
        harness.awaitMessagesTo("DHIRE", 5);
        assertThat(dmTexts())
                .filteredOn(text -> text.startsWith("Relationship Building"))
                .hasSize(2)
                .last()
                .asString()
                .contains("25. Meet the Data Engineer")
                .doesNotContain("24.", "27.");
    }

    @Test
    void theManagerCancelsAHireWhoIsThenNoLongerOnAChecklistAndKeepsTheirHistory() {
        harness.say(HIRE, "done 1");

        assertThat(harness.commandText(MANAGER, "cancel <@UHIRE>")).startsWith("Cancelled the onboarding of <@UHIRE>");

        assertThat(harness.hireOf(HIRE)).isEmpty();
        assertThat(harness.commandText(ADMIN, "status")).startsWith("Nobody you can see");
        assertThat(harness.say(HIRE, "list").param("text")).contains("not on an onboarding checklist");
        assertThat(harness.bot().components().progress().historyOf(hire.id()))
                .extracting(CompletionEvent::type)
                .containsExactly(CompletionEventType.COMPLETED);
    }

    @Test
    void theAdminCancelsAHireAndMayThenEnrolThemAgain() {
        assertThat(harness.commandText(ADMIN, "cancel <@UHIRE>")).startsWith("Cancelled");

        assertThat(harness.enrol(ADMIN, "start <@UHIRE> <@UMGR> backend-engineer 2026-12-07"))
                .contains("Enrolled <@UHIRE>");
        assertThat(harness.hireOf(HIRE).orElseThrow().id()).isNotEqualTo(hire.id());
    }

    @Test
    void theManagerMovesTheStartDatePendingItemsAreReplannedAndCompletionsStay() {
        harness.say(HIRE, "done 1");
        harness.say(HIRE, "done 24");

        assertThat(harness.commandText(MANAGER, "move <@UHIRE> 2026-12-21"))
                .startsWith("Moved <@UHIRE>'s start to 2026-12-21");

        assertThat(harness.hireOf(HIRE).orElseThrow().startDate()).isEqualTo(LocalDate.of(2026, 12, 21));
        harness.clock.set(NEXT_MONDAY_TEN_BERLIN); // week 2 of the old plan, week 0 of the new one
        assertThat(harness.releaseDueItems()).isZero();
        assertThat(harness.doneCount(MANAGER, HIRE)).isEqualTo(2);
        harness.clock.set(Instant.parse("2026-12-28T09:00:00Z")); // week 2 of the new plan
        harness.releaseDueItems();
        assertThat(harness.sectionMessage("DHIRE", "Week 2-4").text()).contains("11. Deep dive");
        assertThat(harness.doneCount(MANAGER, HIRE)).isEqualTo(2);
        assertThat(harness.commandText(MANAGER, "status <@UHIRE>")).contains("*Week 1: Orientation & Setup*: 1 of 10");
    }

    @Test
    void theAdminMovesTheStartDateEarlierAndWhatIsNowDueGoesOut() {
        assertThat(harness.commandText(ADMIN, "move <@UHIRE> 2026-11-30")).startsWith("Moved <@UHIRE>'s start");

        // Started a week earlier, the hire is in week 2 today: the released week is kept, week 2 arrives at once.
        assertThat(harness.sectionMessage("DHIRE", "Week 2-4").text()).contains("11. Deep dive");
        assertThat(dmTexts()).filteredOn(text -> text.startsWith("Week 1")).hasSize(1);
    }
}
