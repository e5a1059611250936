package dev.onboardingbuddy.app;

import static dev.onboardingbuddy.app.TeamsHarness.ADMIN;
import static dev.onboardingbuddy.app.TeamsHarness.HIRE;
import static dev.onboardingbuddy.app.TeamsHarness.MANAGER;
import static dev.onboardingbuddy.app.TeamsHarness.MANAGER_CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.msteams.testkit.RecordedActivity;
import dev.onboardingbuddy.progress.ItemState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Teams people as the Bot Connector presents them: time zones from their client, admins by Entra object id,
 * commands in a channel, introductions as two personal messages, people who have not installed the app, and review
 * notes typed into the reminder card.
 */
class TeamsPeopleEndToEndTest {
    private static final Instant MONDAY_MORNING = Instant.parse("2026-12-07T08:30:00Z");
    private static final String COLLEAGUE = "29:colleague0001";
    private static final String[] HIRE_MENTION = {HIRE, "Hana Hire"};
    private static final String[] MANAGER_MENTION = {MANAGER, "Max Manager"};

    @TempDir
    Path directory;

    TeamsHarness harness;

    @AfterEach
    void stop() {
        if (harness != null) {
            harness.close();
        }
    }

    private TeamsHarness started() {
        harness = new TeamsHarness(directory, MONDAY_MORNING).start();
        return harness;
    }

    private void start(String caller, String words) {
        ObjectNode command = harness.personalMessage(
                caller,
                "Caller",
                "onboarding start <at>Hana Hire</at> " + "<at>Max Manager</at> " + words,
                List.of(HIRE_MENTION, MANAGER_MENTION));
        assertThat(harness.post(command).status()).isEqualTo(200);
    }

    private Optional<Hire> hire() {
        return harness.bot().components().hires().findOpenByUser(ChatUserId.msteams(HIRE));
    }

    @Test
    void theZoneTheHiresClientReportsReplansWhatTheyHaveNotReceived() {
        started();
        start(ADMIN, "backend-engineer 2026-12-08"); // no tz: the default zone, UTC, until the hire writes
        await().atMost(Duration.ofSeconds(10)).until(() -> hire().isPresent());
        assertThat(hire().orElseThrow().zone()).isEqualTo(ZoneId.of("UTC"));

        ObjectNode hello = harness.personalMessage(HIRE, "Hana Hire", "help", List.of());
        hello.withArray("entities").removeAll();
        hello.withArray("entities").addObject().put("type", "clientInfo").put("timezone", "Asia/Tokyo");
        assertThat(harness.post(hello).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> hire().orElseThrow().zone().equals(ZoneId.of("Asia/Tokyo")));
        ItemState first = harness
                .bot()
                .components()
                .progress()
                .itemsOf(hire().orElseThrow().id())
                .stream()
                .filter(state -> state.number() == 1)
                .findFirst()
                .orElseThrow();
        assertThat(first.releaseAt()).isEqualTo(Instant.parse("2026-12-08T00:00:00Z")); // 09:00 in Tokyo
    }

    @Test
    void anAdminListedByEntraObjectIdMayEnrol() {
        String objectId = "6d1f2f7e-3c4b-4d5a-9e8f-0a1b2c3d4e5f";
        harness = new TeamsHarness(directory, MONDAY_MORNING);
        harness.environment.put("ONBOARDING_ADMINS", objectId);
        harness.start();
        ObjectNode command = harness.personalMessage(
                "29:entraadmin01",
                "Eve Admin",
                "onboarding start "
                        + "<at>Hana Hire</at> <at>Max Manager</at> backend-engineer 2026-12-07 tz Europe/Berlin",
                List.of(HIRE_MENTION, MANAGER_MENTION));
        ((ObjectNode) command.get("from")).put("aadObjectId", objectId);
        harness.post(command);

        await().atMost(Duration.ofSeconds(10)).until(() -> hire().isPresent());
        assertThat(hire().orElseThrow().enrolledBy()).isEqualTo(ChatUserId.msteams("29:entraadmin01"));
    }

    @Test
    void aCommandInAChannelWithTheBotMentionedIsAnsweredInThatThread() {
        started();
        String thread = "19:general0001@thread.tacv2;messageid=1700000000000";
        ObjectNode command = harness.base("message", MANAGER, "Max Manager", thread, "channel");
        command.put("text", "<at>Onboarding Buddy</at> onboarding status");
        ObjectNode bot = command.putArray("entities")
                .addObject()
                .put("type", "mention")
                .put("text", "<at>Onboarding Buddy</at>");
        bot.putObject("mentioned").put("id", "28:" + harness.teams.appId()).put("name", "Onboarding Buddy");
        assertThat(harness.post(command).status()).isEqualTo(200);

        String answer =
                harness.awaitSentTo(thread, 1).get(0).activity().path("text").asText();
        assertThat(answer).contains("Nobody you can see is onboarding right now", "`onboarding start @hire @manager`");
    }

    @Test
    void anIntroductionReachesTheHireAndTheColleagueEachInTheirOwnChat() throws IOException {
        Path teams = Files.createDirectories(directory.resolve("teams"));
        Files.writeString(
                teams.resolve("payments.yaml"),
                String.join(
                        "\n",
                        "id: payments",
                        "name: Payments",
                        "members:",
                        "  - role: Frontend Engineer",
                        "    person: " + COLLEAGUE,
                        "    topics: API contracts",
                        ""));
        harness = new TeamsHarness(directory, MONDAY_MORNING);
        harness.environment.put("TEAMS_DIR", teams.toString());
        harness.start();
        start(ADMIN, "backend-engineer 2026-12-07 tz Europe/Berlin team payments");

        String hireChat = harness.awaitOpenedChatWith(HIRE);
        String colleagueChat = harness.awaitOpenedChatWith(COLLEAGUE);
        await().atMost(Duration.ofSeconds(15))
                .until(() -> harness.sentTo(colleagueChat).stream()
                        .anyMatch(sent -> sent.activity().toString().contains("We have met")));
        assertThat(harness.sentTo(hireChat))
                .anyMatch(sent -> sent.activity().toString().contains("We have met")
                        && sent.activity().toString().contains("Frontend Engineer"));
        assertThat(harness.teams.conversationRequests())
                .noneMatch(request -> request.path("members").size() > 1);
    }

    @Test
    void aHireWhoHasNotInstalledTheAppIsReportedToTheAdmins() {
        started();
        harness.teams.hasNotInstalledTheApp(HIRE);
        start(ADMIN, "backend-engineer 2026-12-07 tz Europe/Berlin");

        await().atMost(Duration.ofSeconds(15))
                .until(() -> harness.sentTo(TeamsHarness.personalChat(ADMIN)).stream()
                        .anyMatch(sent -> sent.activity().path("text").asText().contains("could not deliver")));
        assertThat(harness.sentTo(TeamsHarness.personalChat(ADMIN)).stream()
                        .map(sent -> sent.activity().path("text").asText())
                        .filter(text -> text.contains("could not deliver")))
                .allMatch(text -> text.contains("Microsoft Teams"));
    }

    @Test
    void theManagerTypesReviewNotesIntoTheReminderCardAndTheRemindersStop() {
        started();
        start(ADMIN, "backend-engineer 2026-11-05 tz Europe/Berlin"); // day 33: the 30-day review is overdue
        await().atMost(Duration.ofSeconds(15))
                .until(() -> harness.sentTo(MANAGER_CHANNEL).stream()
                        .anyMatch(sent -> sent.activity().toString().contains("Mark review held")));
        RecordedActivity reminder = harness.sentTo(MANAGER_CHANNEL).stream()
                .filter(sent -> sent.activity().toString().contains("Mark review held"))
                .findFirst()
                .orElseThrow();
        JsonNode data = reminder.activity().findValues("data").stream()
                .filter(node -> node.path("action").asText().equals("review_held"))
                .findFirst()
                .orElseThrow();

        ObjectNode press = harness.base("invoke", MANAGER, "Max Manager", MANAGER_CHANNEL, "channel");
        press.put("name", "adaptiveCard/action").put("replyToId", reminder.activityId());
        ObjectNode action = press.putObject("value")
                .putObject("action")
                .put("type", "Action.Execute")
                .put("verb", "review_held");
        action.set("data", ((ObjectNode) data.deepCopy()).put("notes", "Going well; pairing more on the API."));
        TeamsHarness.Response response = harness.post(press);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("statusCode").asInt()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(15))
                .until(() -> harness.sentTo(MANAGER_CHANNEL).stream()
                        .anyMatch(sent -> sent.activity().path("text").asText().contains("held the")));
        assertThat(harness.teams.tokenRequests()).isEqualTo(1);
        assertThat(harness.teams.metadataFetches()).isEqualTo(1);
        assertThat(harness.teams.keyFetches()).isEqualTo(1);
    }
}
