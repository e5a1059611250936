package dev.onboardingbuddy.app;

import static dev.onboardingbuddy.app.BotHarness.ADMIN;
import static dev.onboardingbuddy.app.BotHarness.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.onboardingbuddy.cli.Cli;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.slack.testkit.RecordedCall;
import dev.onboardingbuddy.slack.testkit.RecordedMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "done when", on Slack: a hire announced through the API before their first day is expected, enrolled
 * when Slack says they joined, gets their week-1 DM at 09:00 on their first day, and what they complete comes back
 * out of the CSV export. And a newcomer nobody expected is offered to the admins, who enrol them from a modal.
 */
class ExpectedHireEndToEndTest {
    // Friday 4 December 2026, 11:00 in Berlin; the hire starts on Monday the 7th.
    private static final Instant FRIDAY = Instant.parse("2026-12-04T10:00:00Z");
    private static final Instant MONDAY_NINE_BERLIN = Instant.parse("2026-12-07T08:00:00Z");

    @TempDir
    Path directory;

    BotHarness harness;
    String key;

    @BeforeEach
    void start() {
        harness = new BotHarness(directory, FRIDAY);
        harness.slack.user(MANAGER, "Max Manager", ZoneId.of("Europe/Berlin"), "max@example.com");
        key = harness.apiKey("personio");
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void aHireAnnouncedBeforeJoiningIsEnrolledOnJoiningGetsWeekOneOnTimeAndTheirCompletionsAreExported() {
        BotHarness.ApiResponse created = harness.api("POST", "/api/v1/hires", key, """
        {"email": "hana.hire@example.com", "manager_email": "max@example.com", "start_date": "2026-12-07",
         "template": "backend-engineer"}""");
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().path("id").asText();
        assertThat(created.json().path("status").asText()).isEqualTo("expected");
        assertThat(harness.slack.calls("users.lookupByEmail"))
                .extracting(call -> call.param("email"))
                .contains("hana.hire@example.com");

        assertThat(harness.teamJoin("UHANA", "Hana Hire", "Hana.Hire@example.com")
                        .status())
                .isEqualTo(200);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> harness.hireOf("UHANA").isPresent());
        assertThat(harness.hireOf("UHANA").orElseThrow().id().value()).isEqualTo(id);
        JsonNode hire = harness.api("GET", "/api/v1/hires/" + id, key, null).json();
        assertThat(hire.path("status").asText()).isEqualTo("active");
        assertThat(hire.path("chat_id").asText()).isEqualTo("UHANA");
        assertThat(hire.path("manager").path("chat_id").asText()).isEqualTo(MANAGER);
        assertThat(hire.path("enrolled_by").asText()).isEqualTo("api:personio");
        assertThat(harness.commandText(ADMIN, "status <@UHANA> history")).contains("API key personio");

        harness.clock.set(MONDAY_NINE_BERLIN.minusSeconds(60));
        harness.releaseDueItems();
        assertThat(harness.slack.messagesTo("DHANA"))
                .as("nothing before 09:00 on the first day")
                .isEmpty();
        harness.clock.set(MONDAY_NINE_BERLIN.plusSeconds(30));
        harness.releaseDueItems();
        RecordedMessage weekOne = harness.sectionMessage("DHANA", "Week 1");
        assertThat(weekOne.text()).contains("1. Complete IT setup and access provisioning");
        RecordedCall posted = harness.postsTo("DHANA").stream()
                .filter(call -> call.param("text").startsWith("Week 1"))
                .findFirst()
                .orElseThrow();
        assertThat(posted.at()).isAfterOrEqualTo(MONDAY_NINE_BERLIN);

        harness.say("UHANA", "done 1");

        // the manager opens the app's Home tab: the hire HR announced is there, with the item just done
        new HomeTabs(harness).openedShowing(MANAGER, "<@UHANA> · 1/46 done");

        BotHarness.ApiResponse csv =
                harness.api("GET", "/api/v1/completions?since=2026-12-07", key, null, Map.of("Accept", "text/csv"));
        assertThat(csv.status()).isEqualTo(200);
        List<Map<String, String>> rows = csvRows(csv.body());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0))
                .containsEntry("hire_id", id)
                .containsEntry("hire_chat_id", "UHANA")
                .containsEntry("hire_email", "hana.hire@example.com")
                .containsEntry("item", "it-setup")
                .containsEntry("item_title", "Complete IT setup and access provisioning")
                .containsEntry("section_title", "Week 1: Orientation & Setup")
                .containsEntry("completed_by", "UHANA")
                .containsEntry("how", "text");
        assertThat(Instant.parse(rows.get(0).get("completed_at"))).isAfter(MONDAY_NINE_BERLIN);
    }

    @Test
    void importedHiresAreFoundByTheJobAndOneWhoseManagerNobodyHasStaysExpectedAndTheAdminsAreTold() throws Exception {
        harness.slack.user("ULEA", "Lea Hire", ZoneId.of("Europe/Berlin"), "lea@example.com");
        harness.slack.user("UNOAH", "Noah Hire", ZoneId.of("Europe/Berlin"), "noah@example.com");
        Path csv = directory.resolve("hires.csv");
        Files.writeString(
                csv,
                "email,manager_email,start_date\n"
                        + "lea@example.com,max@example.com,2026-12-07\n"
                        + "noah@example.com,gone@example.com,2026-12-07\n");
        harness.whileStopped(environment -> {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Cli.run(
                    new String[] {"import-hires", csv.toString(), "--apply"},
                    environment,
                    new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(err));
            assertThat(code).as(err.toString()).isZero();
        });

        // the job also runs by itself once at start-up; whichever run comes first enrols Lea, the other finds her done
        harness.bot().components().enrolExpectedHires();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> harness.hireOf("ULEA").isPresent());

        assertThat(harness.hireOf("ULEA").orElseThrow().manager()).isEqualTo(ChatUserId.slack(MANAGER));
        assertThat(harness.commandText(ADMIN, "status <@ULEA> history"))
                .contains("an operator (import-hires hires.csv)");
        assertThat(harness.hireOf("UNOAH")).isEmpty();
        JsonNode noah = harness.api("GET", "/api/v1/hires?status=expected", key, null)
                .json()
                .path("hires")
                .get(0);
        assertThat(noah.path("email").asText()).isEqualTo("noah@example.com");
        assertThat(noah.path("problem").asText()).contains("gone@example.com");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> harness.slack.messagesTo(BotHarness.dmChannel(ADMIN)).stream()
                        .anyMatch(message -> message.text().contains("<@UNOAH>")
                                && message.text().contains("could not be enrolled")));
        assertThat(harness.bot().components().enrolExpectedHires())
                .as("a second run retries, tells nobody twice")
                .isZero();
        assertThat(harness.slack.messagesTo(BotHarness.dmChannel(ADMIN))).hasSize(1);
    }

    @Test
    void aNewcomerNobodyExpectedIsOfferedToTheAdminsWhoEnrolThemFromTheModal() {
        harness.teamJoin("UOMAR", "Omar Newcomer", "omar@example.com");

        RecordedMessage offer =
                harness.awaitMessagesTo(BotHarness.dmChannel(ADMIN), 1).get(0);
        assertThat(offer.text()).contains("<@UOMAR>", "not among the hires HR announced");
        JsonNode enrol = button(offer.blocks(), "Enrol");
        assertThat(button(offer.blocks(), "Ignore").path("value").asText()).isEqualTo("UOMAR");
        harness.teamJoin("UOMAR", "Omar Newcomer", "omar@example.com");

        assertThat(harness.requests()
                        .send(harness.requests().interactivity(blockAction(offer, enrol)))
                        .status())
                .isEqualTo(200);
        RecordedCall opened = harness.slack.awaitCalls("views.open", 1).get(0);
        JsonNode modal = BotHarness.json(opened.param("view"));
        assertThat(modal.path("blocks").toString())
                .contains("static_select", "users_select", "datepicker", "backend-engineer");

        assertThat(harness.requests()
                        .send(harness.requests().interactivity(submission(modal)))
                        .status())
                .isEqualTo(200);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> harness.hireOf("UOMAR").isPresent());
        assertThat(harness.hireOf("UOMAR").orElseThrow().manager()).isEqualTo(ChatUserId.slack(MANAGER));
        assertThat(harness.hireOf("UOMAR").orElseThrow().startDate()).hasToString("2026-12-14");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> harness.slack.messagesTo(BotHarness.dmChannel(ADMIN)).stream()
                        .anyMatch(message -> message.text().contains("Enrolled <@UOMAR>")));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> harness.slack
                        .messagesTo(BotHarness.dmChannel(ADMIN))
                        .get(0)
                        .text()
                        .contains("chose to enrol them"));
        assertThat(harness.slack.messagesTo(BotHarness.dmChannel(ADMIN)).stream()
                        .filter(message -> message.text().contains("not among the hires HR announced")))
                .as("the repeated team_join offered nothing twice")
                .hasSize(1);
    }

    /** Reads CSV as a spreadsheet would: a header line, then one map per row. */
    static List<Map<String, String>> csvRows(String csv) {
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(csv)) {
            return rows.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode button(JsonNode blocks, String label) {
        for (JsonNode block : blocks) {
            for (JsonNode element : block.path("elements")) {
                if (label.equals(element.path("text").path("text").asText())) {
                    return element;
                }
            }
        }
        throw new AssertionError("no button " + label + " in " + blocks);
    }

    private String blockAction(RecordedMessage message, JsonNode button) {
        ObjectNode payload = BotHarness.JSON
                .createObjectNode()
                .put("type", "block_actions")
                .put("trigger_id", "1337.42.trigger")
                .put("api_app_id", "A0BUDDY")
                .put("token", "legacy-verification-token");
        payload.putObject("user").put("id", ADMIN).put("team_id", "T0FAKE");
        payload.putObject("team").put("id", "T0FAKE");
        payload.putObject("container")
                .put("type", "message")
                .put("channel_id", message.channel())
                .put("message_ts", message.ts());
        payload.putObject("channel").put("id", message.channel());
        payload.putArray("actions")
                .addObject()
                .put("type", "button")
                .put("action_id", button.path("action_id").asText())
                .put("block_id", "b1")
                .put("value", button.path("value").asText())
                .put("action_ts", "1.2");
        return payload.toString();
    }

    private static String submission(JsonNode modal) {
        ObjectNode payload = BotHarness.JSON
                .createObjectNode()
                .put("type", "view_submission")
                .put("api_app_id", "A0BUDDY")
                .put("token", "legacy-verification-token");
        payload.putObject("user").put("id", ADMIN).put("team_id", "T0FAKE");
        payload.putObject("team").put("id", "T0FAKE");
        ObjectNode view = payload.putObject("view");
        view.put("id", modal.path("id").asText())
                .put("type", "modal")
                .put("callback_id", modal.path("callback_id").asText())
                .put("private_metadata", modal.path("private_metadata").asText());
        ObjectNode values = view.putObject("state").putObject("values");
        values.putObject("template")
                .putObject("template")
                .put("type", "static_select")
                .putObject("selected_option")
                .put("value", "backend-engineer")
                .putObject("text")
                .put("type", "plain_text")
                .put("text", "backend-engineer");
        values.putObject("manager")
                .putObject("manager")
                .put("type", "users_select")
                .put("selected_user", MANAGER);
        values.putObject("start").putObject("start").put("type", "datepicker").put("selected_date", "2026-12-14");
        return payload.toString();
    }
}
