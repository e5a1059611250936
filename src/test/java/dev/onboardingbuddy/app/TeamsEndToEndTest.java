package dev.onboardingbuddy.app;

import static dev.onboardingbuddy.app.TeamsHarness.ADMIN;
import static dev.onboardingbuddy.app.TeamsHarness.HIRE;
import static dev.onboardingbuddy.app.TeamsHarness.MANAGER;
import static dev.onboardingbuddy.app.TeamsHarness.MANAGER_CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.msteams.testkit.FakeBotFramework;
import dev.onboardingbuddy.msteams.testkit.RecordedActivity;
import dev.onboardingbuddy.notification.OutboxStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** A Teams-only installation driven the way the Bot Connector calls it, against a fake Bot Framework. */
class TeamsEndToEndTest {
    /** Monday 7 December 2026, 09:30 in Berlin: the hire's week 1 is released at once. */
    private static final Instant MONDAY_MORNING = Instant.parse("2026-12-07T08:30:00Z");

    private static final String[] HIRE_MENTION = {HIRE, "Hana Hire"};
    private static final String[] MANAGER_MENTION = {MANAGER, "Max Manager"};

    @TempDir
    Path directory;

    TeamsHarness harness;
    final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    @BeforeEach
    void start() {
        logs.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(logs);
        harness = new TeamsHarness(directory, MONDAY_MORNING).start();
    }

    @AfterEach
    void stop() {
        harness.close();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
    }

    private String enrol(String startDate) {
        post(startDate);
        List<RecordedActivity> answers = harness.awaitSentTo(TeamsHarness.personalChat(ADMIN), 2);
        return answers.get(answers.size() - 1).activity().path("text").asText();
    }

    private void post(String startDate) {
        ObjectNode command = harness.personalMessage(
                ADMIN,
                "Ada Admin",
                "onboarding start <at>Hana Hire</at> " + "<at>Max Manager</at> backend-engineer " + startDate
                        + " tz Europe/Berlin",
                List.of(HIRE_MENTION, MANAGER_MENTION));
        assertThat(harness.post(command).status()).isEqualTo(200);
    }

    /** Moves the clock on until everything queued went out, so retries waiting for their time get it. */
    private void drain() {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            harness.clock.advance(Duration.ofSeconds(20));
            return harness.bot().components().outbox().pendingCount() == 0;
        });
    }

    private static JsonNode card(RecordedActivity activity) {
        return activity.activity().path("attachments").path(0).path("content");
    }

    /** The data of the Done button on the line that starts with {@code number + ". "}. */
    private static JsonNode doneData(JsonNode card, int number) {
        for (JsonNode block : card.path("body")) {
            if (block.path("id").asText().equals("item-" + number)) {
                return block.path("columns")
                        .path(1)
                        .path("items")
                        .path(0)
                        .path("actions")
                        .path(0)
                        .path("data");
            }
        }
        throw new AssertionError("no line " + number + " in " + card);
    }

    private static List<String> texts(JsonNode card) {
        List<String> texts = new ArrayList<>();
        card.findValues("text").forEach(text -> texts.add(text.asText()));
        return texts;
    }

    @Test
    void anAdminEnrolsAHireWhoGetsTheirWeekOneCardInAChatTheBotOpens() {
        String answer = enrol("2026-12-07");

        assertThat(answer).contains("Enrolled <at>Hana Hire</at>", "backend-engineer", "Europe/Berlin");
        String chat = harness.awaitOpenedChatWith(HIRE);
        RecordedActivity weekOne = harness.awaitSentTo(chat, 1).get(0);
        assertThat(card(weekOne).path("version").asText()).isEqualTo("1.5");
        assertThat(texts(card(weekOne))).anyMatch(text -> text.startsWith("**1. "));
        JsonNode done = doneData(card(weekOne), 1);
        assertThat(done.path("action").asText()).isEqualTo("item_done");
        assertThat(harness.teams
                        .conversationRequests()
                        .get(0)
                        .path("channelData")
                        .path("tenant")
                        .path("id")
                        .asText())
                .isEqualTo(TeamsHarness.TENANT);
    }

    @Test
    void doneByTextByExecuteAndBySubmitEachCompleteOnceAndRefreshTheCard() {
        enrol("2026-12-07");
        String chat = harness.awaitOpenedChatWith(HIRE);
        RecordedActivity weekOne = harness.awaitSentTo(chat, 1).get(0);

        harness.post(harness.personalMessage(HIRE, "Hana Hire", "done 1", List.of()));
        List<RecordedActivity> replies = harness.awaitSentTo(TeamsHarness.personalChat(HIRE), 1);
        assertThat(replies.get(0).activity().path("text").asText()).contains("Done: 1.");

        ObjectNode execute = harness.base("invoke", HIRE, "Hana Hire", chat, "personal");
        execute.put("name", "adaptiveCard/action").put("replyToId", weekOne.activityId());
        execute.putObject("value")
                .putObject("action")
                .put("type", "Action.Execute")
                .put("verb", "item_done")
                .set("data", doneData(card(weekOne), 2));
        TeamsHarness.Response invoked = harness.post(execute);
        assertThat(invoked.status()).isEqualTo(200);
        assertThat(invoked.json().path("statusCode").asInt()).isEqualTo(200);
        assertThat(invoked.json().path("type").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(texts(invoked.json().path("value")))
                .anyMatch(text -> text.startsWith("\u2705 1."))
                .anyMatch(text -> text.startsWith("\u2705 2."));

        ObjectNode submit = harness.base("message", HIRE, "Hana Hire", chat, "personal");
        submit.put("replyToId", weekOne.activityId()).set("value", doneData(card(weekOne), 3));
        assertThat(harness.post(submit).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> harness.teams.activitiesTo(chat).stream()
                        .anyMatch(activity -> activity.method().equals("PUT")
                                && activity.activityId().equals(weekOne.activityId())));
        harness.post(submit); // pressed twice: still one completion

        ChatUserId hire = ChatUserId.msteams(HIRE);
        var hireRow = harness.bot().components().hires().findOpenByUser(hire).orElseThrow();
        assertThat(harness.bot().components().progress().itemsOf(hireRow.id()).stream()
                        .filter(state -> state.isDone())
                        .count())
                .isEqualTo(3);
    }

    @Test
    void theManagerSeesStatusAndIsRemindedInTheManagersChannelWithAMention() {
        enrol("2026-11-05"); // day 33: the 30-day review is overdue

        harness.post(harness.personalMessage(MANAGER, "Max Manager", "onboarding status", List.of()));
        String status = harness.awaitSentTo(TeamsHarness.personalChat(MANAGER), 1)
                .get(0)
                .activity()
                .path("text")
                .asText();
        assertThat(status).contains("<at>Hana Hire</at>", "done", "overdue");

        await().atMost(Duration.ofSeconds(15))
                .until(() -> harness.sentTo(MANAGER_CHANNEL).stream()
                        .anyMatch(sent -> sent.activity().toString().contains("Mark review held")));
        RecordedActivity review = harness.sentTo(MANAGER_CHANNEL).stream()
                .filter(sent -> sent.activity().toString().contains("Mark review held"))
                .findFirst()
                .orElseThrow();
        assertThat(review.activity().toString()).contains("Action.Execute", "Input.Text");
        assertThat(card(review).path("msteams").path("entities").findValues("id").stream()
                        .map(JsonNode::asText))
                .contains(MANAGER);
    }

    @Test
    void aRestartSendsNothingTwice() {
        enrol("2026-11-05");
        String chat = harness.awaitOpenedChatWith(HIRE);
        harness.awaitSentTo(MANAGER_CHANNEL, 1);
        harness.bot().components().nudges().nudgeAll();
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(10))
                .until(() -> harness.bot().components().outbox().pendingCount() == 0);
        int toHire = harness.sentTo(chat).size();
        int toManagers = harness.sentTo(MANAGER_CHANNEL).size();

        harness.restart();
        harness.bot().components().release().releaseAll();
        harness.bot().components().reminders().queueAll();
        harness.bot().components().nudges().nudgeAll();

        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(10))
                .until(() -> harness.bot().components().outbox().pendingCount() == 0);
        assertThat(harness.sentTo(chat)).hasSize(toHire);
        assertThat(harness.sentTo(MANAGER_CHANNEL)).hasSize(toManagers);
    }

    @Test
    void aRateLimitAndAServerErrorAreRetriedAndTheCardArrivesOnce() {
        harness.teams.failNext(FakeBotFramework.SEND_ACTIVITY, 429, 1);
        harness.teams.failNext(FakeBotFramework.SEND_ACTIVITY, 500, null);
        post("2026-12-07");
        String chat = harness.awaitOpenedChatWith(HIRE);
        drain();
        List<String> summaries = harness.sentTo(chat).stream()
                .map(sent -> sent.activity().path("summary").asText())
                .toList();
        assertThat(summaries).anyMatch(summary -> summary.startsWith("Week 1")).doesNotHaveDuplicates();
        assertThat(harness.sentTo(TeamsHarness.personalChat(ADMIN))).hasSize(2);
    }

    @Test
    void aHireTeamsNoLongerKnows404IsPausedTheirCardHeldAndTheAdminsTold() {
        harness.teams.failNext(FakeBotFramework.CREATE_CONVERSATION, 404, null);
        post("2026-12-07");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> harness.bot()
                        .components()
                        .hires()
                        .findOpenByUser(ChatUserId.msteams(HIRE))
                        .map(hire -> !hire.isActive())
                        .orElse(false));
        String id = harness.bot()
                .components()
                .hires()
                .findOpenByUser(ChatUserId.msteams(HIRE))
                .orElseThrow()
                .id()
                .value();
        assertThat(harness.bot().components().outbox().find("release:" + id + ":week-1:1"))
                .get()
                .satisfies(entry -> assertThat(entry.status()).isEqualTo(OutboxStatus.HELD));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> harness.sentTo(TeamsHarness.personalChat(ADMIN)).stream()
                        .anyMatch(sent -> sent.activity().toString().contains("onboarding is paused")));
    }

    @Test
    void everyBadTokenIsRefusedAndNothingIsProcessed() {
        String url = harness.teams.serviceUrl();
        var tokens = harness.tokens;
        List<Function<ObjectNode, TeamsHarness.Response>> forgeries = List.of(
                activity -> harness.post(activity, null),
                activity -> harness.post(activity, "Bearer not-a-jwt"),
                activity -> harness.post(activity, tokens.expired(url)),
                activity -> harness.post(activity, tokens.wrongAudience(url)),
                activity -> harness.post(activity, tokens.wrongIssuer(url)),
                activity -> harness.post(activity, tokens.signedByUnknownKey(url)),
                activity -> harness.post(activity, tokens.unsigned(url)),
                activity -> harness.post(activity, tokens.signedWithHs256(url)),
                activity -> harness.post(activity, tokens.notEndorsedForTeams(url)),
                activity -> harness.post(activity, tokens.valid("https://elsewhere.example.com/")));
        for (Function<ObjectNode, TeamsHarness.Response> forgery : forgeries) {
            ObjectNode command = harness.personalMessage(
                    ADMIN,
                    "Ada Admin",
                    "onboarding start <at>Hana Hire</at> " + "<at>Max Manager</at> backend-engineer 2026-12-07",
                    List.of(HIRE_MENTION, MANAGER_MENTION));
            TeamsHarness.Response response = forgery.apply(command);
            assertThat(response.status()).as(response.body()).isIn(401, 403);
        }
        assertThat(harness.post(harness.base("message", ADMIN, "Ada", "a:x", "personal"), null)
                        .status())
                .isEqualTo(401);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(harness.teams.activities()).isEmpty();
        assertThat(harness.bot().components().hires().findOpenByUser(ChatUserId.msteams(HIRE)))
                .isEmpty();
    }

    @Test
    void aMalformedBodyGetsA400() {
        TeamsHarness.Response response = harness.post(harness.JSON.createArrayNode());
        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    void aPlainMemberCannotEnrolSomeoneElseAndIsToldSo() {
        ObjectNode command = harness.personalMessage(
                "29:someone0001",
                "Some One",
                "onboarding start <at>Hana Hire</at> " + "<at>Max Manager</at> backend-engineer 2026-12-07",
                List.of(HIRE_MENTION, MANAGER_MENTION));
        harness.post(command);
        String answer = harness.awaitSentTo("a:someone0001-chat", 1)
                .get(0)
                .activity()
                .path("text")
                .asText();
        assertThat(answer).contains("Only an onboarding admin");
        assertThat(harness.bot().components().hires().findOpenByUser(ChatUserId.msteams(HIRE)))
                .isEmpty();
    }

    @Test
    void theAppPasswordNeverAppearsInALogLine() {
        harness.teams.failNext(FakeBotFramework.SEND_ACTIVITY, 500, null);
        post("2026-11-05");
        drain();
        harness.awaitSentTo(MANAGER_CHANNEL, 1);
        assertThat(logs.list).isNotEmpty();
        for (ILoggingEvent event : logs.list) {
            String line = event.getFormattedMessage()
                    + (event.getThrowableProxy() == null
                            ? ""
                            : event.getThrowableProxy().getMessage());
            assertThat(line).doesNotContain(harness.teams.appPassword());
            harness.teams.issuedAccessTokens().forEach(token -> assertThat(line).doesNotContain(token));
        }
    }
}
