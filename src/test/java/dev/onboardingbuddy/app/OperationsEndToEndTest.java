package dev.onboardingbuddy.app;

import static dev.onboardingbuddy.app.BotHarness.ADMIN;
import static dev.onboardingbuddy.app.BotHarness.HIRE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardingbuddy.slack.testkit.SlackResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** What operators see: readiness, Prometheus metrics, and logs that never carry a secret. */
class OperationsEndToEndTest {
    private static final Instant MONDAY_TEN_BERLIN = Instant.parse("2026-12-07T09:00:00Z");

    @TempDir
    Path directory;

    BotHarness harness;
    ListAppender<ILoggingEvent> logs = new ListAppender<>();

    @BeforeEach
    void start() {
        logs.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(logs);
        harness = new BotHarness(directory, MONDAY_TEN_BERLIN);
    }

    @AfterEach
    void stop() {
        harness.close();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
    }

    private void enrolAndReply() {
        harness.commandText(ADMIN, "start <@UHIRE|hire> <@UMGR|boss> backend-engineer 2026-12-07");
        await().atMost(Duration.ofSeconds(10)).until(() -> !harness.responses().isEmpty());
        harness.dm(HIRE, "done 1");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> harness.posts().stream()
                        .anyMatch(call -> call.param("text").contains("Done: 1.")));
    }

    @Test
    void readyzReportsDatabaseMigrationsAndSchedulerReady() {
        SlackResponse ready = harness.requests().get("/readyz");

        assertThat(ready.status()).isEqualTo(200);
        JsonNode body = ready.json();
        assertThat(body.path("status").asText()).isEqualTo("ready");
        assertThat(body.path("checks").path("database").asBoolean()).isTrue();
        assertThat(body.path("checks").path("migrations").asBoolean()).isTrue();
        assertThat(body.path("checks").path("scheduler").asBoolean()).isTrue();
    }

    @Test
    void metricsShowSlackRequestsByTypeSendsByResultOutboxRemindersAndTheJvm() {
        enrolAndReply();

        SlackResponse metrics = harness.requests().get("/metrics");

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body())
                .containsPattern("onboarding_slack_requests_seconds_count\\{status=\"200\",type=\"command\"} [1-9]")
                .containsPattern("onboarding_slack_requests_seconds_count\\{status=\"200\",type=\"event\"} [1-9]")
                .containsPattern("onboarding_sends_total\\{result=\"sent\"} [1-9]")
                .contains(
                        "onboarding_outbox_depth ",
                        "onboarding_outbox_oldest_age_seconds ",
                        "onboarding_reminders{state=\"due\"}",
                        "onboarding_reminders{state=\"overdue\"}",
                        "jvm_memory_used_bytes");
    }

    @Test
    void noLogLineCarriesTheBotTokenOrTheSigningSecret() {
        enrolAndReply();
        harness.requests()
                .send(harness.requests()
                        .event("{\"type\":\"event_callback\"")
                        .withHeader("X-Slack-Signature", "v0=forged"));

        assertThat(logs.list).isNotEmpty();
        for (ILoggingEvent event : logs.list) {
            String line = event.getFormattedMessage()
                    + (event.getThrowableProxy() == null
                            ? ""
                            : event.getThrowableProxy().getMessage());
            assertThat(line).doesNotContain(harness.botToken()).doesNotContain(harness.signingSecret());
        }
    }
}
