package dev.onboardingbuddy.app;

import static dev.onboardingbuddy.app.BotHarness.ADMIN;
import static dev.onboardingbuddy.app.BotHarness.HIRE;
import static dev.onboardingbuddy.app.BotHarness.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardingbuddy.enrollment.ApiClient;
import dev.onboardingbuddy.enrollment.AuditAction;
import dev.onboardingbuddy.enrollment.ChatUserId;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HR system API through real HTTP into the running bot: every error case as listed, and what it changes. */
class HrApiEndToEndTest {
    private static final Instant FRIDAY = Instant.parse("2026-12-04T10:00:00Z");
    private static final String HIRES = "/api/v1/hires";

    @TempDir
    Path directory;

    BotHarness harness;
    String key;

    @BeforeEach
    void start() {
        harness = new BotHarness(directory, FRIDAY, Map.of("API_RATE_BURST", "1000"));
        harness.slack.user(MANAGER, "Max Manager", ZoneId.of("Europe/Berlin"), "max@example.com");
        key = harness.apiKey("bamboohr");
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private BotHarness.ApiResponse post(String path, String body) {
        return harness.api("POST", path, key, body);
    }

    private BotHarness.ApiResponse get(String path) {
        return harness.api("GET", path, key, null);
    }

    @Test
    void aCallWithoutAKeyOrWithAnUnknownOneIs401AndChangesNothing() {
        String body = "{\"email\":\"hana@example.com\",\"manager_email\":\"max@example.com\"}";

        BotHarness.ApiResponse none = harness.api("POST", HIRES, null, body);
        BotHarness.ApiResponse unknown = harness.api("POST", HIRES, "obk_not-a-key", body);
        BotHarness.ApiResponse notBearer = harness.api("GET", HIRES, null, null, Map.of("Authorization", "Basic eDp5"));

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.header("WWW-Authenticate")).contains("Bearer");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.json().path("error").asText()).isEqualTo("unknown API key");
        assertThat(notBearer.status()).isEqualTo(401);
        assertThat(get(HIRES).json().path("total").asInt()).isZero();
    }

    @Test
    void aRevokedKeyIs403() {
        String old = harness.apiKey("workday");
        assertThat(harness.api("GET", HIRES, old, null).status()).isEqualTo(200);

        harness.revokeApiKey("workday");

        BotHarness.ApiResponse refused = harness.api("GET", HIRES, old, null);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("error").asText()).contains("revoked");
        assertThat(get(HIRES).status()).as("other keys still work").isEqualTo(200);
    }

    @Test
    void badFieldsAreEachNamedIn400() {
        BotHarness.ApiResponse response = post(HIRES, """
        {"chat_id": "not-an-id", "start_date": "2026-13-45", "template": "astronaut", "calendar": "mars",
         "platform": "irc", "shoe_size": "44", "team": 7}""");

        assertThat(response.status()).isEqualTo(400);
        JsonNode fields = response.json().path("fields");
        assertThat(fields.path("chat_id").asText()).contains("not a chat user id");
        assertThat(fields.path("start_date").asText()).contains("not a date", "YYYY-MM-DD");
        assertThat(fields.path("manager_email").asText()).contains("manager_email or manager_id");
        assertThat(fields.path("platform").asText()).contains("slack or msteams");
        assertThat(fields.path("shoe_size").asText()).contains("unknown field");
        assertThat(fields.path("team").asText()).contains("must be a string");
        assertThat(response.body()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void choicesTheInstallationDoesNotHaveAreNamedWithTheValidOnes() {
        BotHarness.ApiResponse response = post(HIRES, """
        {"email": "hana@example", "manager_email": "max@example.com", "template": "astronaut",
         "calendar": "mars", "team": "nowhere"}""");

        assertThat(response.status()).isEqualTo(400);
        JsonNode fields = response.json().path("fields");
        assertThat(fields.path("email").asText()).contains("not an e-mail address");
        assertThat(fields.path("template").asText()).contains("astronaut", "backend-engineer");
        assertThat(fields.path("calendar").asText()).contains("mars");
        assertThat(fields.path("team").asText()).contains("nowhere");
    }

    @Test
    void aManagerNobodyHasIs400NamingTheField() {
        BotHarness.ApiResponse response =
                post(HIRES, "{\"email\":\"hana@example.com\"," + "\"manager_email\":\"ghost@example.com\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("fields").path("manager_email").asText())
                .contains("ghost@example.com", "Slack");
    }

    @Test
    void malformedJsonIs400WithoutAStackTrace() {
        BotHarness.ApiResponse broken = post(HIRES, "{\"email\": ");
        BotHarness.ApiResponse array = post(HIRES, "[1, 2]");

        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().path("error").asText()).startsWith("the body is not JSON");
        assertThat(broken.body()).doesNotContain("Exception", "\tat ", "com.fasterxml");
        assertThat(array.status()).isEqualTo(400);
        assertThat(array.json().path("error").asText()).isEqualTo("the body must be a JSON object");
    }

    @Test
    void anUnknownHireIdIs404() {
        assertThat(get(HIRES + "/no-such-hire").status()).isEqualTo(404);
        assertThat(post(HIRES + "/no-such-hire/pause", "").status()).isEqualTo(404);
        assertThat(harness.api("PATCH", HIRES + "/no-such-hire", key, "{\"start_date\":\"2026-12-14\"}")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aHireInTheWorkspaceIsEnrolledAtOnceAndASecondEnrolmentIs409() {
        harness.slack.user("UHANA", "Hana Hire", ZoneId.of("Asia/Tokyo"), "hana@example.com");

        BotHarness.ApiResponse created = post(
                HIRES,
                "{\"email\":\"Hana@Example.com\",\"manager_email\":"
                        + "\"max@example.com\",\"start_date\":\"2026-12-07\",\"template\":\"backend-engineer\"}");

        assertThat(created.status()).isEqualTo(201);
        JsonNode hire = created.json();
        assertThat(hire.path("status").asText()).isEqualTo("active");
        assertThat(hire.path("chat_id").asText()).isEqualTo("UHANA");
        assertThat(hire.path("email").asText()).isEqualTo("hana@example.com");
        assertThat(hire.path("manager").path("chat_id").asText()).isEqualTo(MANAGER);
        assertThat(hire.path("time_zone").asText()).isEqualTo("Asia/Tokyo");
        assertThat(created.header("Location"))
                .contains(HIRES + "/" + hire.path("id").asText());
        assertThat(harness.slack.calls("users.lookupByEmail")).isNotEmpty();
        assertThat(harness.bot().components().hires().findOpenByUser(ChatUserId.slack("UHANA")))
                .isPresent();
        assertThat(harness.commandText(ADMIN, "status <@UHANA> history")).contains("API key bamboohr");

        BotHarness.ApiResponse again = post(HIRES, "{\"chat_id\":\"UHANA\",\"manager_id\":\"UMGR\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("error").asText()).contains("already enrolled");
    }

    @Test
    void anExpectedHireAnnouncedTwiceIs409NamingTheFirst() {
        BotHarness.ApiResponse first = post(HIRES, "{\"email\":\"omar@example.com\",\"manager_id\":\"UMGR\"}");
        BotHarness.ApiResponse second = post(HIRES, "{\"email\":\"OMAR@example.com\",\"manager_id\":\"UMGR\"}");

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().path("status").asText()).isEqualTo("expected");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().path("error").asText())
                .contains(first.json().path("id").asText());
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstAnswerAndRefusesAnotherBody() {
        String body = "{\"email\":\"lea@example.com\",\"manager_id\":\"UMGR\"}";
        Map<String, String> once = Map.of("Idempotency-Key", "hire-4711");

        BotHarness.ApiResponse first = harness.api("POST", HIRES, key, body, once);
        BotHarness.ApiResponse retry = harness.api("POST", HIRES, key, body, once);
        BotHarness.ApiResponse other =
                harness.api("POST", HIRES, key, "{\"email\":\"x@example.com\"," + "\"manager_id\":\"UMGR\"}", once);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(retry.header("Idempotent-Replayed")).contains("true");
        assertThat(other.status()).isEqualTo(422);
        assertThat(get(HIRES + "?status=expected").json().path("total").asInt()).isEqualTo(1);
    }

    @Test
    void pastTheKeysRateLimitCallsAre429UntilTheClockRefillsTheBucket() {
        harness.with("API_RATE_BURST", "2").with("API_RATE_PER_MINUTE", "6").restart();
        key = harness.apiKey("limited");

        assertThat(get(HIRES).status()).isEqualTo(200);
        assertThat(get(HIRES).status()).isEqualTo(200);
        BotHarness.ApiResponse limited = get(HIRES);

        assertThat(limited.status()).isEqualTo(429);
        int retryAfter = Integer.parseInt(limited.header("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1, 10);
        harness.clock.advance(Duration.ofSeconds(retryAfter));
        assertThat(get(HIRES).status()).isEqualTo(200);
        assertThat(get(HIRES).status()).as("one token refilled, one spent").isEqualTo(429);
    }

    @Test
    void hiresAreListedByFilterAndPageAndChangedByPauseResumeMoveAndCancel() {
        harness.slack.user("UHANA", "Hana Hire", ZoneId.of("Europe/Berlin"), "hana@example.com");
        String hana = post(
                        HIRES,
                        "{\"email\":\"hana@example.com\",\"manager_id\":\"UMGR\",\"start_date\":\"2026-12-07\","
                                + "\"team\":\"example\"}")
                .json()
                .path("id")
                .asText();
        String omar = post(HIRES, "{\"email\":\"omar@example.com\",\"manager_email\":\"max@example.com\"}")
                .json()
                .path("id")
                .asText();

        assertThat(ids(get(HIRES))).containsExactly(omar, hana);
        assertThat(ids(get(HIRES + "?status=active"))).containsExactly(hana);
        assertThat(ids(get(HIRES + "?status=expected"))).containsExactly(omar);
        assertThat(ids(get(HIRES + "?team=example"))).containsExactly(hana);
        assertThat(ids(get(HIRES + "?manager=max@example.com"))).containsExactly(omar, hana);
        assertThat(ids(get(HIRES + "?template=designer"))).isEmpty();
        BotHarness.ApiResponse page = get(HIRES + "?limit=1&offset=1");
        assertThat(ids(page)).containsExactly(hana);
        assertThat(page.json().path("total").asInt()).isEqualTo(2);
        assertThat(get(HIRES + "?status=sleeping&limit=0").json().path("fields").size())
                .isEqualTo(2);

        assertThat(post(HIRES + "/" + hana + "/pause", "").json().path("status").asText())
                .isEqualTo("paused");
        assertThat(post(HIRES + "/" + hana + "/pause", "").status()).isEqualTo(409);
        assertThat(post(HIRES + "/" + hana + "/resume", "")
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("active");
        assertThat(post(HIRES + "/" + omar + "/pause", "").status())
                .as("expected, not enrolled yet")
                .isEqualTo(409);
        BotHarness.ApiResponse moved = harness.api("PATCH", HIRES + "/" + hana, key, "{\"start_date\":\"2026-12-14\"}");
        assertThat(moved.json().path("start_date").asText()).isEqualTo("2026-12-14");
        BotHarness.ApiResponse bad = harness.api("PATCH", HIRES + "/" + hana, key, "{\"start_date\":\"next week\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("fields").path("start_date").asText()).contains("not a date");
        harness.api("PATCH", HIRES + "/" + omar, key, "{\"start_date\":\"2027-01-04\"}");
        assertThat(get(HIRES + "/" + omar).json().path("start_date").asText()).isEqualTo("2027-01-04");

        assertThat(post(HIRES + "/" + omar + "/cancel", "")
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("cancelled");
        assertThat(post(HIRES + "/" + hana + "/cancel", "")
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("cancelled");
        assertThat(harness.bot().components().hires().findOpenByUser(ChatUserId.slack("UHANA")))
                .isEmpty();
        assertThat(actionsAbout("UHANA"))
                .containsExactly(
                        AuditAction.ENROLLED,
                        AuditAction.PAUSED,
                        AuditAction.RESUMED,
                        AuditAction.MOVED,
                        AuditAction.CANCELLED);
    }

    @Test
    void oneHireComesWithProgressAndCompletionsAndCompletionsComeOutAsJsonAndCsv() {
        harness.clock.set(Instant.parse("2026-12-07T09:00:00Z"));
        String id = post(HIRES, "{\"chat_id\":\"UHIRE\",\"manager_id\":\"UMGR\",\"start_date\":\"2026-12-07\"}")
                .json()
                .path("id")
                .asText();
        harness.say(HIRE, "done 1");

        JsonNode detail = get(HIRES + "/" + id).json();
        assertThat(detail.path("progress").path("done").asInt()).isEqualTo(1);
        assertThat(detail.path("progress").path("total").asInt()).isGreaterThan(1);
        assertThat(detail.path("completions").get(0).path("item").asText()).isEqualTo("it-setup");

        JsonNode json = get("/api/v1/completions?since=2026-12-07").json().path("completions");
        assertThat(json).hasSize(1);
        assertThat(json.get(0).path("hire_id").asText()).isEqualTo(id);
        assertThat(json.get(0).path("completed_by").asText()).isEqualTo(HIRE);
        assertThat(json.get(0).path("how").asText()).isEqualTo("text");
        BotHarness.ApiResponse csv = harness.api(
                "GET", "/api/v1/completions?since=2026-12-07T00:00:00Z", key, null, Map.of("Accept", "text/csv"));
        assertThat(csv.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.body().lines().toList()).hasSize(2);
        assertThat(csv.body().lines().findFirst().orElseThrow())
                .isEqualTo(
                        "hire_id,hire_chat_id,hire_email,template,item,item_title,section,section_title,completed_by,"
                                + "completed_at,how");
        assertThat(get("/api/v1/completions?since=2026-12-08").json().path("completions"))
                .isEmpty();
        assertThat(get("/api/v1/completions")
                        .json()
                        .path("fields")
                        .path("since")
                        .asText())
                .contains("required");
        assertThat(get("/api/v1/completions?since=yesterday").status()).isEqualTo(400);
    }

    private List<AuditAction> actionsAbout(String user) {
        return harness.bot().components().audit().about(ChatUserId.slack(user)).stream()
                .peek(entry -> assertThat(entry.actor()).isEqualTo(new ApiClient("bamboohr")))
                .map(entry -> entry.action())
                .toList();
    }

    private static List<String> ids(BotHarness.ApiResponse response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        response.json().path("hires").forEach(hire -> ids.add(hire.path("id").asText()));
        return ids;
    }
}
