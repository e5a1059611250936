package dev.onboardingbuddy.app;

import static dev.onboardingbuddy.app.BotHarness.HIRE;
import static dev.onboardingbuddy.app.BotHarness.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.progress.CompletionEvent;
import dev.onboardingbuddy.slack.testkit.RecordedCall;
import dev.onboardingbuddy.slack.testkit.RecordedMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Done button beside a checklist line: completes once, ticks the line in place, and ignores forgeries. */
class DoneButtonEndToEndTest {
    private static final Instant MONDAY_TEN_BERLIN = Instant.parse("2026-12-07T09:00:00Z");
    private static final String IT_SETUP = "Complete IT setup and access provisioning";

    @TempDir
    Path directory;

    BotHarness harness;
    DoneButtons buttons;
    Hire hire;
    RecordedMessage weekOne;

    @BeforeEach
    void start() {
        harness = new BotHarness(directory, MONDAY_TEN_BERLIN);
        buttons = new DoneButtons(harness);
        hire = harness.enrolled(HIRE, MANAGER, "2026-12-07");
        weekOne = harness.sectionMessage("DHIRE", "Week 1");
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private List<CompletionEvent> history() {
        return harness.bot().components().progress().historyOf(hire.id());
    }

    private List<RecordedCall> awaitUpdates(int count) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> harness.slack.calls("chat.update").size() >= count);
        return harness.slack.calls("chat.update");
    }

    /** A genuine press after the one under test: once its update is in, the earlier press had its chance. */
    private void barrier() {
        assertThat(buttons.press(HIRE, weekOne, "Review role profile").status()).isEqualTo(200);
        awaitUpdates(1);
    }

    private static String lineText(JsonNode blocks, String title) {
        for (JsonNode block : blocks) {
            if (block.path("text").path("text").asText().contains(title)) {
                return block.path("text").path("text").asText();
            }
        }
        throw new AssertionError("no line " + title);
    }

    @Test
    void pressingDoneCompletesTheItemAndTicksItsLineInTheSameMessage() {
        assertThat(buttons.press(HIRE, weekOne, IT_SETUP).status()).isEqualTo(200);

        RecordedCall update = awaitUpdates(1).get(0);
        assertThat(update.param("channel")).isEqualTo("DHIRE");
        assertThat(update.param("ts")).isEqualTo(weekOne.ts());
        RecordedMessage updated = harness.slack.messagesTo("DHIRE").stream()
                .filter(message -> message.ts().equals(weekOne.ts()))
                .findFirst()
                .orElseThrow();
        assertThat(lineText(updated.blocks(), IT_SETUP)).isEqualTo("~1. " + IT_SETUP + "~ \u2705");
        assertThat(updated.blocks().toString()).contains("1/46 done").doesNotContain("|it-setup\"");
        assertThat(lineText(updated.blocks(), "Review role profile")).startsWith("*2.*");
        assertThat(harness.doneCount(MANAGER, HIRE)).isEqualTo(1);
    }

    @Test
    void pressingDoneTwiceStoresOneCompletion() {
        assertThat(buttons.press(HIRE, weekOne, IT_SETUP).status()).isEqualTo(200);
        assertThat(buttons.press(HIRE, weekOne, IT_SETUP).status()).isEqualTo(200);

        awaitUpdates(2);
        assertThat(harness.doneCount(MANAGER, HIRE)).isEqualTo(1);
        assertThat(history()).hasSize(1);
        assertThat(harness.say(HIRE, "done 1").param("text")).contains("Already done: 1.");
    }

    @Test
    void theHiresManagerMayPressDoneForThem() {
        assertThat(buttons.press(MANAGER, weekOne, IT_SETUP).status()).isEqualTo(200);

        awaitUpdates(1);
        assertThat(harness.doneCount(MANAGER, HIRE)).isEqualTo(1);
        assertThat(history())
                .singleElement()
                .extracting(event -> event.actor().value())
                .isEqualTo(MANAGER);
    }

    @Test
    void aDoneButtonNamingAnUnknownHireChangesNothingAndIsAcked() {
        String actionId = DoneButtons.buttonFor(weekOne.blocks(), IT_SETUP)
                .path("action_id")
                .asText();

        assertThat(buttons.press(HIRE, weekOne, actionId, "h-no-such-hire|it-setup")
                        .status())
                .isEqualTo(200);

        barrier();
        assertThat(harness.slack.calls("chat.update")).hasSize(1);
        assertThat(history()).extracting(event -> event.itemKey().value()).containsExactly("review-role-profile");
    }

    @Test
    void aDoneButtonWithAMalformedValueChangesNothingAndIsAcked() {
        assertThat(buttons.press(HIRE, weekOne, "item_done", "garbage").status())
                .isEqualTo(200);
        assertThat(buttons.press(HIRE, weekOne, "item_done", hire.id().value() + "|No Such Key!")
                        .status())
                .isEqualTo(200);

        barrier();
        assertThat(harness.slack.calls("chat.update")).hasSize(1);
        assertThat(harness.doneCount(MANAGER, HIRE)).isEqualTo(1);
    }

    @Test
    void aHiresDoneButtonPressedBySomeoneElseChangesNothingAndIsAcked() {
        assertThat(buttons.press("UPEER", weekOne, IT_SETUP).status()).isEqualTo(200);
        assertThat(buttons.press("UMGR2", weekOne, IT_SETUP).status()).isEqualTo(200);

        barrier();
        assertThat(harness.slack.calls("chat.update")).hasSize(1);
        assertThat(history()).extracting(event -> event.itemKey().value()).containsExactly("review-role-profile");
    }

    @Test
    void pressingDoneInTheListAnswerTicksTheLineThereWithoutTurningItIntoASectionMessage() {
        RecordedCall list = harness.say(HIRE, "list");
        RecordedMessage listed = harness.slack.messagesTo("DHIRE").stream()
                .filter(message -> message.text().equals(list.param("text")))
                .findFirst()
                .orElseThrow();

        assertThat(buttons.press(HIRE, listed, "Meet the QA Engineer").status()).isEqualTo(200);

        RecordedCall update = awaitUpdates(1).get(0);
        assertThat(update.param("ts")).isEqualTo(listed.ts());
        JsonNode blocks = BotHarness.json(update.param("blocks"));
        assertThat(lineText(blocks, "Meet the QA Engineer")).startsWith("~27.");
        assertThat(blocks.toString()).contains("Your open items").doesNotContain("Week 1: Orientation");
        assertThat(harness.doneCount(MANAGER, HIRE)).isEqualTo(1);
    }

    @Test
    void pressingDoneInTheWhichOneQuestionCompletesThatItemAndKeepsTheQuestion() {
        RecordedCall question = harness.say(HIRE, "done complete");
        RecordedMessage asked = harness.slack.messagesTo("DHIRE").stream()
                .filter(message -> message.text().equals(question.param("text")))
                .findFirst()
                .orElseThrow();

        assertThat(buttons.press(HIRE, asked, "Complete required compliance").status())
                .isEqualTo(200);

        JsonNode blocks = BotHarness.json(awaitUpdates(1).get(0).param("blocks"));
        assertThat(lineText(blocks, "Complete required compliance")).startsWith("~5.");
        assertThat(lineText(blocks, IT_SETUP)).startsWith("*1.*");
        assertThat(blocks.toString()).contains("Several open items match").doesNotContain("due by");
        assertThat(history()).extracting(event -> event.itemKey().value()).containsExactly("compliance-training");
    }

    @Test
    void aDoneButtonOfACancelledEnrolmentChangesNothingAndIsAcked() {
        harness.commandText(MANAGER, "cancel <@UHIRE>");

        assertThat(buttons.press(HIRE, weekOne, IT_SETUP).status()).isEqualTo(200);

        assertThat(harness.say(HIRE, "list").param("text")).contains("not on an onboarding checklist");
        assertThat(harness.slack.calls("chat.update")).isEmpty();
        assertThat(history()).isEmpty();
    }
}
