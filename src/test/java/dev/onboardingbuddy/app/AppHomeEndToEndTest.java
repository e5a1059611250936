package dev.onboardingbuddy.app;

import static dev.onboardingbuddy.app.BotHarness.ADMIN;
import static dev.onboardingbuddy.app.BotHarness.HIRE;
import static dev.onboardingbuddy.app.BotHarness.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.progress.CompletionEvent;
import dev.onboardingbuddy.progress.CompletionMethod;
import dev.onboardingbuddy.slack.testkit.RecordedMessage;
import dev.onboardingbuddy.slack.testkit.SlackFixtures;
import dev.onboardingbuddy.slack.testkit.SlackRequests;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slack's App Home tab, driven from outside: signed {@code app_home_opened} events and Done presses from the tab go
 * into the running bot, and the fake Slack keeps the home each person sees.
 */
class AppHomeEndToEndTest {
    private static final Instant MONDAY_TEN_BERLIN = Instant.parse("2026-12-07T09:00:00Z");
    private static final String IT_SETUP = "Complete IT setup and access provisioning";
    private static final String LEAD = "ULEAD";
    private static final String PEER = "UPEER";

    @TempDir
    Path directory;

    BotHarness harness;
    HomeTabs homes;

    @BeforeEach
    void start() throws IOException {
        Path teams = Files.createDirectories(directory.resolve("teams"));
        Files.writeString(teams.resolve("payments.yaml"), """
        id: payments
        name: Payments
        leads:
          - ULEAD
        """);
        harness = new BotHarness(directory, MONDAY_TEN_BERLIN, Map.of("TEAMS_DIR", teams.toString()));
        homes = new HomeTabs(harness);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private List<CompletionEvent> history(Hire hire) {
        return harness.bot().components().progress().historyOf(hire.id());
    }

    @Test
    void aHireOpeningHomeSeesTheirSectionsProgressAndADoneButtonPerOpenItem() {
        Hire hire = harness.enrolled(HIRE, MANAGER, "2026-12-07");

        JsonNode home = homes.openedShowing(HIRE, IT_SETUP);

        assertThat(home.path("type").asText()).isEqualTo("home");
        assertThat(HomeTabs.text(home))
                .contains(
                        "Your onboarding",
                        "<@UHIRE> · 0/46 done · day 1 of 90 · 0 overdue",
                        "*Week 1: Orientation & Setup*: 0 of 10 done",
                        "*1.* " + IT_SETUP + " · due Fri 11 Dec",
                        "*Week 2-4: Core Understanding*: 0 of 9 done _(not all released yet)_")
                .doesNotContain("overdue,", "Your hires", "Everyone onboarding");
        JsonNode done = HomeTabs.doneButton(home, IT_SETUP);
        assertThat(done.path("value").asText()).isEqualTo(hire.id().value() + "|it-setup");
        assertThat(HomeTabs.doneButtons(home))
                .extracting(button -> button.path("action_id").asText())
                .allMatch(id -> id.matches("item_done(:\\d+)?"))
                .doesNotHaveDuplicates();
        assertThat(home.path("blocks").size()).isLessThanOrEqualTo(100);
    }

    @Test
    void overdueItemsAreListedFirstWithTheirDoneButtonsAndTheRestIsSummarised() {
        harness.enrolled(HIRE, MANAGER, "2026-12-07");
        harness.clock.advance(Duration.ofDays(8));

        String home = HomeTabs.text(homes.openedShowing(HIRE, "12 overdue"));

        assertThat(home)
                .contains(
                        ":red_circle: *12 overdue*",
                        "day 9 of 90 · 12 overdue",
                        "*1.* " + IT_SETUP + " · _overdue, was due Fri 11 Dec_",
                        "…and 4 more. Write `list` to me to see them all.");
        assertThat(home.indexOf("12 overdue*")).as("before the sections").isLessThan(home.indexOf("*Week 1:"));
    }

    @Test
    void pressingDoneOnHomeCompletesOnceRepublishesHomeAndTicksTheLineInTheDm() {
        Hire hire = harness.enrolled(HIRE, MANAGER, "2026-12-07");
        RecordedMessage weekOne = harness.sectionMessage("DHIRE", "Week 1");
        homes.openedShowing(MANAGER, "<@UHIRE> · 0/46 done");
        JsonNode home = homes.openedShowing(HIRE, IT_SETUP);

        assertThat(homes.pressDone(HIRE, home, IT_SETUP).status()).isEqualTo(200);
        assertThat(homes.pressDone(HIRE, home, IT_SETUP).status())
                .as("a stale home pressed again")
                .isEqualTo(200);

        JsonNode after = homes.awaitHome(HIRE, view -> HomeTabs.text(view).contains("1 of 10 done"));
        assertThat(HomeTabs.text(after)).contains("<@UHIRE> · 1/46 done").doesNotContain("*1.* " + IT_SETUP);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> harness.slack.messagesTo("DHIRE").stream()
                        .anyMatch(message -> message.ts().equals(weekOne.ts())
                                && message.blocks().toString().contains("~1. " + IT_SETUP + "~")));
        assertThat(harness.slack.calls("chat.update"))
                .allMatch(call -> call.param("ts").equals(weekOne.ts()));
        assertThat(history(hire)).singleElement().satisfies(event -> {
            assertThat(event.itemKey().value()).isEqualTo("it-setup");
            assertThat(event.actor().value()).isEqualTo(HIRE);
            assertThat(event.how()).isEqualTo(CompletionMethod.BUTTON);
        });
        homes.awaitHome(MANAGER, view -> HomeTabs.text(view).contains("<@UHIRE> · 1/46 done"));
    }

    @Test
    void aDoneOnHomeBySomeoneWhoMayNotCompleteChangesNothing() {
        Hire hire = harness.enrolled(HIRE, MANAGER, "2026-12-07");
        JsonNode home = homes.openedShowing(HIRE, IT_SETUP);
        String value = HomeTabs.doneButton(home, IT_SETUP).path("value").asText();

        assertThat(homes.press(PEER, home, "item_done", value).status()).isEqualTo(200);

        homes.opened(PEER); // the press is handled before its ack, so by now it had its chance
        assertThat(history(hire)).isEmpty();
        assertThat(harness.slack.calls("chat.update")).isEmpty();
    }

    @Test
    void aReplyInTheDmRefreshesTheHomeOfTheHireAndOfTheirManagerWithoutAnyoneOpeningIt() {
        harness.enrolled(HIRE, MANAGER, "2026-12-07");
        homes.openedShowing(HIRE, "0 of 10 done");
        homes.openedShowing(MANAGER, "<@UHIRE> · 0/46 done");

        harness.say(HIRE, "done 1");

        homes.awaitHome(HIRE, view -> HomeTabs.text(view).contains("1 of 10 done"));
        homes.awaitHome(MANAGER, view -> HomeTabs.text(view).contains("<@UHIRE> · 1/46 done"));
    }

    @Test
    void aChangeRepublishesNoHomeThatItsOwnerNeverOpened() {
        harness.enrolled(HIRE, MANAGER, "2026-12-07");
        homes.openedShowing(MANAGER, "<@UHIRE> · 0/46 done");

        harness.say(HIRE, "done 1");

        homes.awaitHome(MANAGER, view -> HomeTabs.text(view).contains("<@UHIRE> · 1/46 done"));
        homes.opened("UOTHER"); // published after the rounds before it, on the same refresher
        assertThat(homes.publishesTo(HIRE))
                .as("the hire never opened their home")
                .isZero();
        assertThat(HomeTabs.text(homes.opened(HIRE)))
                .as("published when first opened")
                .contains("1 of 10 done");
    }

    @Test
    void aManagerSeesTheirHiresRiskiestFirstWithWhatIsDueThisWeekAndNobodyElses() {
        harness.enrolled("UHIRE2", MANAGER, "2026-12-07");
        harness.enrolled(HIRE, MANAGER, "2026-11-30");
        harness.enrolled("UHIRE3", "UMGR2", "2026-12-07");

        String home = HomeTabs.text(homes.openedShowing(MANAGER, "2 hires"));

        assertThat(home)
                .contains("Your hires", "2 hires · 1 with overdue items · riskiest first")
                .doesNotContain("UHIRE3", "Your onboarding", "Everyone onboarding");
        assertThat(home.indexOf("<@UHIRE> ·"))
                .as("the hire with overdue items first")
                .isLessThan(home.indexOf("<@UHIRE2> ·"));
        String newHire = home.substring(home.indexOf("<@UHIRE2> ·"));
        assertThat(newHire).contains("• *1.* " + IT_SETUP + " · due Fri 11 Dec", "more due this week");
    }

    @Test
    void aTeamLeadSeesTheHiresOfTheirTeamOnly() {
        harness.enrol(ADMIN, "start <@" + HIRE + "> <@" + MANAGER + "> backend-engineer 2026-12-07 team payments");
        harness.enrolled("UHIRE2", MANAGER, "2026-12-07");

        String home = HomeTabs.text(homes.openedShowing(LEAD, "1 hire"));

        assertThat(home)
                .contains(
                        "Hires of the teams you lead",
                        "1 hire · 0 with overdue items",
                        "<@UHIRE> · 0/46 done",
                        "due Fri 11 Dec")
                .doesNotContain("UHIRE2", "Your hires");
    }

    @Test
    void anAdminSeesTotalsTheRiskiestHiresAndTheFailedSends() {
        harness.slack.errorNext("chat.postMessage", 1, "channel_not_found");
        harness.enrolled(HIRE, MANAGER, "2026-11-30");
        harness.enrolled("UHIRE2", "UMGR2", "2026-12-07");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> harness.bot().components().outbox().countFailedSince(Instant.EPOCH) == 1);

        String home = HomeTabs.text(homes.openedShowing(ADMIN, "*2 hires*"));

        assertThat(home)
                .contains(
                        "Everyone onboarding",
                        "*2 hires* · 1 with overdue items",
                        "The 2 riskiest",
                        "1 failed send",
                        "channel_not_found");
        assertThat(home.indexOf("<@UHIRE> ·")).isLessThan(home.indexOf("<@UHIRE2> ·"));
    }

    @Test
    void aPersonWithNoRoleGetsAFriendlyNothingHereYet() {
        String home = HomeTabs.text(homes.opened(PEER));

        assertThat(home).startsWith("*Nothing here yet.*").contains("`/onboarding help`");
    }

    @Test
    void openingTheMessagesTabPublishesNothing() {
        assertThat(homes.openTab(PEER, "messages").status()).isEqualTo(200);

        homes.opened("UOTHER"); // published after the event before it, on the same refresher
        assertThat(homes.publishesTo(PEER)).isZero();
    }

    @Test
    void aHandOverRefreshesTheHomeOfTheOldAndTheNewManager() {
        harness.enrolled(HIRE, MANAGER, "2026-12-07");
        homes.openedShowing(MANAGER, "<@UHIRE>");
        homes.openedShowing("UMGR2", "Nothing here yet");

        harness.commandText(ADMIN, "manager <@UHIRE> <@UMGR2>");

        homes.awaitHome("UMGR2", view -> HomeTabs.text(view).contains("<@UHIRE> · 0/46 done"));
        homes.awaitHome(MANAGER, view -> !HomeTabs.text(view).contains("<@UHIRE>"));
        assertThat(HomeTabs.text(harness.slack.homeOf(MANAGER).orElseThrow())).startsWith("*Nothing here yet.*");
    }

    @Test
    void aRateLimitedPublishIsTriedAgainAfterRetryAfter() {
        harness.slack.rateLimitNext("views.publish", 1, 1);

        homes.open(PEER);

        homes.awaitHome(PEER, view -> HomeTabs.text(view).contains("Nothing here yet"));
        assertThat(homes.publishesTo(PEER)).isEqualTo(2);
    }

    @Test
    void aPublishThatFailsOtherwiseIsDroppedAndTheNextOpenPublishesIt() {
        harness.slack.failNext("views.publish", 1, 500);

        homes.open(PEER);
        homes.opened("UOTHER");
        assertThat(harness.slack.homeOf(PEER)).isEmpty();

        assertThat(HomeTabs.text(homes.opened(PEER))).contains("Nothing here yet");
        assertThat(homes.publishesTo(PEER)).isEqualTo(2);
    }

    @Test
    void aForgedSignatureIsRefusedAndShowsOrChangesNothing() {
        Hire hire = harness.enrolled(HIRE, MANAGER, "2026-12-07");
        JsonNode home = homes.openedShowing(HIRE, IT_SETUP);
        SlackRequests forger = new SlackRequests(
                URI.create("http://127.0.0.1:" + harness.bot().port()), "not-the-signing-secret", harness.clock);

        assertThat(forger.send(forger.interactivity(HomeTabs.payload(
                                HIRE,
                                home,
                                "item_done",
                                HomeTabs.doneButton(home, IT_SETUP)
                                        .path("value")
                                        .asText())))
                        .status())
                .isEqualTo(401);
        assertThat(forger.send(forger.event(SlackFixtures.load(
                                "app_home_opened.json",
                                Map.of("user", PEER, "channel", "DPEER", "event_id", "EvForged"))))
                        .status())
                .isEqualTo(401);

        homes.opened("UOTHER");
        assertThat(harness.slack.homeOf(PEER)).isEmpty();
        assertThat(history(hire)).isEmpty();
    }
}
