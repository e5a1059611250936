package dev.onboardingbuddy.app;

import static dev.onboardingbuddy.app.BotHarness.ADMIN;
import static dev.onboardingbuddy.app.BotHarness.MANAGER;
import static dev.onboardingbuddy.app.BotHarness.MANAGER_CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardingbuddy.slack.testkit.RecordedCall;
import dev.onboardingbuddy.slack.testkit.SlackFixtures;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Manager reminders as Slack sees them: a late enrolment catches up, introduces, and reminds in one post per day; a
 * held review shows as held in that post and stops.
 */
class ManagerRemindersEndToEndTest {
    // Wednesday 9 December 2026, 10:00 in Berlin. A hire who started 31 days earlier (Sunday 8 November) is on day 32:
    // the 30-day review was due on Monday 7 December and is overdue once; the next overdue reminder is on Friday 11.
    private static final Instant WEDNESDAY_TEN_BERLIN = Instant.parse("2026-12-09T09:00:00Z");
    private static final LocalDate STARTED = LocalDate.ofInstant(WEDNESDAY_TEN_BERLIN, ZoneId.of("Europe/Berlin"))
            .minusDays(31);

    @TempDir
    Path directory;

    BotHarness harness;

    @BeforeEach
    void start() {
        harness = new BotHarness(directory, WEDNESDAY_TEN_BERLIN);
        harness.slack.user("U0FRONTEND", "Front End", ZoneId.of("Europe/Berlin"));
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private List<RecordedCall> postsTo(String channel) {
        return harness.posts().stream()
                .filter(call -> channel.equals(call.param("channel")))
                .toList();
    }

    private RecordedCall reviewReminder() {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> postsTo(MANAGER_CHANNEL).stream()
                        .anyMatch(call -> call.param("text").contains("30-Day Review")));
        return postsTo(MANAGER_CHANNEL).stream()
                .filter(call -> call.param("text").contains("30-Day Review"))
                .findFirst()
                .orElseThrow();
    }

    /** The value of the first button of that action whose value ends with {@code valueSuffix} ({@code |item}). */
    private static String buttonValue(JsonNode blocks, String actionPrefix, String valueSuffix) {
        for (JsonNode block : blocks) {
            for (JsonNode element : block.path("elements")) {
                if (element.path("action_id").asText().startsWith(actionPrefix)
                        && element.path("value").asText().endsWith(valueSuffix)) {
                    return element.path("value").asText();
                }
            }
        }
        throw new AssertionError("no " + actionPrefix + " button in " + blocks);
    }

    private void enrol() {
        String ack =
                harness.commandText(ADMIN, "start <@UHIRE|h> <@UMGR|m> backend-engineer " + STARTED + " team example");
        assertThat(ack).contains("Enrolling <@UHIRE>");
        await().atMost(Duration.ofSeconds(10)).until(() -> !harness.responses().isEmpty());
        assertThat(harness.responses().get(0)).contains("Enrolled <@UHIRE>");
    }

    @Test
    void aHireWhoStartedAMonthAgoIsCaughtUpAndTheManagerRemindedOfTheReviewAndTheMeetings() {
        enrol();

        RecordedCall review = reviewReminder();
        // one post for everything the late enrolment made due, with an honest heading and a button per item
        assertThat(review.param("text"))
                .contains(
                        "<@UMGR>",
                        "<@UHIRE>",
                        "was enrolled on day 32:",
                        "things are overdue",
                        "30-Day Review (review) is overdue since Mon 7 Dec.",
                        "Meet the QA Engineer",
                        "Nobody is set as QA Engineer for team example",
                        "done,",
                        "overdue.")
                .doesNotContain("reminder 3 of 3");
        JsonNode blocks = BotHarness.json(review.param("blocks"));
        assertThat(buttonValue(blocks, "review_held", "|review-day-30")).isNotBlank();
        assertThat(buttonValue(blocks, "meeting_met", "|meet-qa-engineer")).isNotBlank();
        harness.bot().components().reminders().queueAll();
        harness.bot().components().dispatcher().dispatch(50);
        assertThat(postsTo(MANAGER_CHANNEL)).hasSize(1);

        await().atMost(Duration.ofSeconds(10)).until(() -> postsTo("DHIRE").size() >= 2);
        List<String> catchUp = postsTo("DHIRE").stream()
                .map(call -> call.param("text").split("\n")[0])
                .toList();
        assertThat(catchUp).doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(10);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> harness.slack.calls("conversations.open").stream()
                        .anyMatch(call -> call.param("users").contains("U0FRONTEND")));
        RecordedCall open = harness.slack.calls("conversations.open").stream()
                .filter(call -> call.param("users").contains("U0FRONTEND"))
                .findFirst()
                .orElseThrow();
        assertThat(List.of(open.param("users").split(","))).containsExactlyInAnyOrder("UHIRE", "U0FRONTEND");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !postsTo("G0FRONTENDHIRE").isEmpty());
        assertThat(postsTo("G0FRONTENDHIRE").get(0).param("text")).contains("is our Frontend Engineer");
    }

    @Test
    void markingTheReviewHeldOpensAModalWhoseNotesStopThatReviewsReminders() {
        enrol();
        RecordedCall review = reviewReminder();
        String value = buttonValue(BotHarness.json(review.param("blocks")), "review_held", "|review-day-30");
        String hireId = value.substring(0, value.indexOf('|'));

        String press = SlackFixtures.load(
                "block_actions_reminder.json",
                Map.of(
                        "user",
                        MANAGER,
                        "message_ts",
                        harness.slack.messagesTo(MANAGER_CHANNEL).get(0).ts(),
                        "channel",
                        MANAGER_CHANNEL,
                        "action_id",
                        "review_held",
                        "value",
                        value));
        assertThat(harness.requests()
                        .send(harness.requests().interactivity(press))
                        .status())
                .isEqualTo(200);
        RecordedCall modal = harness.slack.awaitCalls("views.open", 1).get(0);
        JsonNode view = BotHarness.json(modal.param("view"));
        assertThat(view.path("callback_id").asText()).isEqualTo("review_notes");

        String submit = SlackFixtures.load(
                "view_submission_review_notes.json",
                Map.of(
                        "user",
                        MANAGER,
                        "private_metadata",
                        view.path("private_metadata").asText(),
                        "notes",
                        "Settled in well; owns billing next."));
        assertThat(harness.requests()
                        .send(harness.requests().interactivity(submit))
                        .status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> postsTo(MANAGER_CHANNEL).stream()
                        .anyMatch(call -> call.param("text").contains("held the 30-Day Review")));
        // the post shows the review as held where its button was; the other items keep theirs
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !harness.slack.calls("chat.update").isEmpty());
        JsonNode updated = harness.slack.messagesTo(MANAGER_CHANNEL).get(0).blocks();
        assertThat(updated.toString()).contains("Review held.", "meeting_met").doesNotContain("|review-day-30\"");

        harness.clock.set(Instant.parse("2026-12-11T09:30:00Z")); // Friday 10:30 in Berlin: overdue 2 would be due
        harness.bot().components().reminders().queueAll();

        // Friday's post, if anything else fell due, no longer names the held review
        var outbox = harness.bot().components().outbox();
        assertThat(outbox.find("reminders:" + hireId + ":2026-12-09")).isPresent();
        assertThat(outbox.find("reminders:" + hireId + ":2026-12-11")
                        .map(entry -> entry.message().content().text().plainText())
                        .orElse(""))
                .doesNotContain("30-Day Review");
    }
}
