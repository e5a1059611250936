package dev.onboardingbuddy.app;

import static dev.onboardingbuddy.app.BotHarness.HIRE;
import static dev.onboardingbuddy.app.BotHarness.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.progress.CompletionEvent;
import dev.onboardingbuddy.progress.CompletionEventType;
import dev.onboardingbuddy.slack.testkit.RecordedCall;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a hire writes in the bot's DM on day 1: Week 1 (items 1-10) and two meetings (24 and 27) are released;
 * everything else comes later.
 */
class DoneRepliesEndToEndTest {
    private static final Instant MONDAY_TEN_BERLIN = Instant.parse("2026-12-07T09:00:00Z");

    @TempDir
    Path directory;

    BotHarness harness;
    Hire hire;

    @BeforeEach
    void start() {
        harness = new BotHarness(directory, MONDAY_TEN_BERLIN);
        hire = harness.enrolled(HIRE, MANAGER, "2026-12-07");
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private String reply(String text) {
        return harness.say(HIRE, text).param("text");
    }

    private int done() {
        return harness.doneCount(MANAGER, HIRE);
    }

    private List<CompletionEvent> history() {
        return harness.bot().components().progress().historyOf(hire.id());
    }

    /** The values of the Done buttons in a message's blocks, in order. */
    private static List<String> buttonValues(RecordedCall message) {
        List<String> values = new ArrayList<>();
        for (JsonNode block : BotHarness.json(message.param("blocks"))) {
            if (block.path("accessory").path("action_id").asText().startsWith("item_done")) {
                values.add(block.path("accessory").path("value").asText());
            }
        }
        return values;
    }

    @Test
    void doneWithNumbersSeparatedBySpacesCompletesEach() {
        assertThat(reply("done 3 5"))
                .contains(
                        "\u2705 Done: 3. Meet with direct manager",
                        "\u2705 Done: 5. Complete required compliance",
                        "2/46 done");
        assertThat(done()).isEqualTo(2);
    }

    @Test
    void doneWithNumbersSeparatedByACommaCompletesEach() {
        assertThat(reply("done 3,5")).contains("Done: 3.", "Done: 5.").doesNotContain("Done: 4.");
        assertThat(done()).isEqualTo(2);
    }

    @Test
    void doneWithARangeCompletesEveryItemInIt() {
        assertThat(reply("done 2-4")).contains("Done: 2.", "Done: 3.", "Done: 4.", "3/46 done");
        assertThat(done()).isEqualTo(3);
    }

    @Test
    void doneWithWordsOfOneTitleCompletesThatItem() {
        assertThat(reply("done dev environment")).contains("\u2705 Done: 8. Set up development environment and tools");
        assertThat(done()).isEqualTo(1);
    }

    @Test
    void doneWithWordsMatchingSeveralTitlesAsksWhichWithDoneButtons() {
        RecordedCall answer = harness.say(HIRE, "done complete");

        assertThat(answer.param("text"))
                .startsWith("Several open items match")
                .contains("1. Complete IT setup", "5. Complete required compliance");
        assertThat(buttonValues(answer))
                .containsExactly(hire.id().value() + "|it-setup", hire.id().value() + "|compliance-training");
        assertThat(done()).isZero();
    }

    @Test
    void aBareDoneInTheThreadOfASectionWithSeveralOpenItemsAsksWhich() {
        String weekOne = harness.sectionMessage("DHIRE", "Week 1").ts();

        RecordedCall answer = harness.say(HIRE, "done", weekOne);

        assertThat(answer.param("text")).startsWith("That message has 10 open items. Which one is done?");
        assertThat(buttonValues(answer)).hasSize(10);
        assertThat(done()).isZero();
    }

    @Test
    void aBareDoneInTheThreadOfASectionWithOneOpenItemCompletesIt() {
        String meetings =
                harness.sectionMessage("DHIRE", "Relationship Building").ts();
        reply("done 24");

        assertThat(harness.say(HIRE, "done", meetings).param("text")).contains("Done: 27. Meet the QA Engineer");

        assertThat(done()).isEqualTo(2);
        assertThat(harness.say(HIRE, "done", meetings).param("text")).contains("already done");
    }

    @Test
    void aBareDoneOutsideAThreadAsksForTheNumber() {
        assertThat(reply("done")).startsWith("Which item?");
        assertThat(done()).isZero();
    }

    @Test
    void undoReopensAnItemAndAppendsToItsHistory() {
        reply("done 3");
        assertThat(done()).isEqualTo(1);

        assertThat(reply("undo 3")).contains("Reopened: 3. Meet with direct manager", "0/46 done");

        assertThat(done()).isZero();
        assertThat(harness.commandText(MANAGER, "status <@UHIRE>")).contains("*Week 1: Orientation & Setup*: 0 of 10");
        assertThat(history())
                .extracting(CompletionEvent::type)
                .containsExactly(CompletionEventType.COMPLETED, CompletionEventType.UNDONE);
        assertThat(reply("undo 3")).contains("Not done yet, nothing to undo: 3.");
    }

    @Test
    void listShowsTheReleasedOpenItemsOnly() {
        reply("done 1");

        String list = reply("list");

        assertThat(list)
                .startsWith("Your open items:")
                .contains(
                        "2. Review role profile",
                        "10. Understand deployment",
                        "24. Meet the Frontend Engineer",
                        "27. Meet the QA Engineer");
        assertThat(list).doesNotContain("1. Complete IT setup", "11. Deep dive");
    }

    @Test
    void helpAndUnknownTextExplainWhatTheBotUnderstands() {
        assertThat(reply("help")).startsWith("Here is what I understand:").contains("`done 3`", "`undo 3`", "`list`");

        assertThat(reply("what should I do now?"))
                .startsWith("Sorry, I did not understand \u201cwhat should I do now?")
                .contains("Here is what I understand:");
        assertThat(done()).isZero();
    }

    @Test
    void someoneWhoIsNotEnrolledIsToldSo() {
        String answer = harness.say("UPEER", "done 1").param("channel");
        assertThat(answer).isEqualTo("DPEER");

        assertThat(harness.postsTo("DPEER").get(0).param("text"))
                .contains("You are not on an onboarding checklist", "/onboarding start");
        assertThat(done()).isZero();
    }

    @Test
    void doneWithANumberThatDoesNotExistOrIsNotReleasedYetSaysSo() {
        assertThat(reply("done 99")).contains("There is no item 99.");
        assertThat(reply("done 11")).contains("Item 11 is not released yet");
        assertThat(done()).isZero();
    }

    @Test
    void theSameDoneTwiceIsStoredOnceAndTheSecondSaysAlreadyDone() {
        assertThat(reply("done 1")).contains("\u2705 Done: 1.");

        assertThat(reply("done 1")).contains("Already done: 1. Complete IT setup", "1/46 done");

        assertThat(done()).isEqualTo(1);
        assertThat(history()).hasSize(1);
    }
}
