package dev.onboardingbuddy.app;

import static dev.onboardingbuddy.app.TeamsHarness.ADMIN;
import static dev.onboardingbuddy.app.TeamsHarness.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.msteams.testkit.RecordedActivity;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Automatic enrolment on Teams: an expected hire is matched by e-mail or user principal name, read from the
 * Connector's member call, when they install the app; someone nobody expected is offered to the Teams admins.
 */
class TeamsArrivalsEndToEndTest {
    private static final Instant FRIDAY = Instant.parse("2026-12-04T10:00:00Z");
    private static final String HANA = "29:hana0001";

    @TempDir
    Path directory;

    TeamsHarness harness;
    String key;

    @BeforeEach
    void start() {
        harness = new TeamsHarness(directory, FRIDAY).start();
        key = harness.bot().components().apiKeys().create("workday");
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private ObjectNode installedBy(String user, String name) {
        ObjectNode activity =
                harness.base("installationUpdate", user, name, TeamsHarness.personalChat(user), "personal");
        activity.put("action", "add");
        return activity;
    }

    private JsonNode press(String chat, String card, String action) {
        ObjectNode execute = harness.base("invoke", ADMIN, "Ada Admin", chat, "personal");
        execute.put("name", "adaptiveCard/action").put("replyToId", card);
        execute.putObject("value")
                .putObject("action")
                .put("type", "Action.Execute")
                .put("verb", action)
                .putObject("data")
                .put("action", action)
                .put("value", "msteams:29:omar0001");
        TeamsHarness.Response response = harness.post(execute);
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    @Test
    void anExpectedHireIsEnrolledWhenTheyInstallTheAppMatchedByTheirPrincipalName() {
        BotHarness.ApiResponse created = harness.api(
                "POST",
                "/api/v1/hires",
                key,
                "{\"email\":\"HANA@corp.example\"," + "\"manager_id\":\"" + MANAGER
                        + "\",\"start_date\":\"2026-12-07\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("status").asText()).isEqualTo("expected");
        assertThat(created.json().path("platform").asText()).isEqualTo("msteams");
        harness.teams.member(
                HANA,
                "Hana Hire",
                "hana.hire@example.com",
                "hana@corp.example",
                "6d1f2f7e-3c4b-4d5a-9e8f-0a1b2c3d4e5f");

        assertThat(harness.post(installedBy(HANA, "Hana Hire")).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> harness.bot()
                        .components()
                        .hires()
                        .findOpenByUser(ChatUserId.msteams(HANA))
                        .isPresent());
        assertThat(harness.bot()
                        .components()
                        .hires()
                        .findOpenByUser(ChatUserId.msteams(HANA))
                        .orElseThrow()
                        .id()
                        .value())
                .isEqualTo(created.json().path("id").asText());
        harness.clock.set(Instant.parse("2026-12-07T09:00:30Z"));
        harness.bot().components().release().releaseAll();
        List<RecordedActivity> sent = harness.awaitSentTo(TeamsHarness.personalChat(HANA), 1);
        assertThat(sent.toString()).contains("Week 1");
    }

    @Test
    void someoneNobodyExpectedIsOfferedToTheTeamsAdminsWithEnrolAndIgnore() {
        harness.teams.member(
                "29:omar0001", "Omar", "omar@example.com", "omar@corp.example", "7d1f2f7e-3c4b-4d5a-9e8f-0a1b2c3d4e5f");
        ObjectNode added = harness.base("conversationUpdate", MANAGER, "Max", "19:general@thread.tacv2", "channel");
        added.putArray("membersAdded").addObject().put("id", "29:omar0001");

        assertThat(harness.post(added).status()).isEqualTo(200);

        String adminChat = harness.awaitOpenedChatWith(ADMIN);
        List<RecordedActivity> offer = harness.awaitSentTo(adminChat, 1);
        assertThat(offer.toString()).contains("not among the hires HR announced", "newcomer_enrol", "newcomer_ignore");
        assertThat(harness.bot().components().hires().findOpenByUser(ChatUserId.msteams("29:omar0001")))
                .isEmpty();

        assertThat(press(adminChat, offer.get(0).activityId(), "newcomer_enrol")
                        .path("value")
                        .toString())
                .contains("onboarding start");
        assertThat(press(adminChat, offer.get(0).activityId(), "newcomer_ignore")
                        .path("value")
                        .toString())
                .contains("chose not to enrol them");
    }
}
