package dev.onboardingbuddy.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.event.AppHomeOpenedEvent;
import dev.onboardingbuddy.slack.testkit.FakeSlackApi;
import dev.onboardingbuddy.slack.testkit.RecordedCall;
import dev.onboardingbuddy.slack.testkit.SlackFixtures;
import dev.onboardingbuddy.slack.testkit.SlackResponse;
import dev.onboardingbuddy.slack.testkit.SlackTestServer;
import dev.onboardingbuddy.slack.testkit.SlashCommand;
import java.net.URI;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Slack gives the bot three seconds. Work that takes longer (a slow database) must not make Slack count the delivery
 * as failed: the real server, bridge and Bolt app, with listeners that block until the test releases them.
 */
class AckDeadlineTest {

    private static final Duration ACK_DEADLINE = Duration.ofMillis(400);
    private static final Duration SLACK_LIMIT = Duration.ofSeconds(3);

    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicBoolean workFinished = new AtomicBoolean();
    private final AtomicBoolean failWithDatabaseDown = new AtomicBoolean();
    private SlackTestServer bot;

    @BeforeEach
    void startBot() {
        bot = SlackTestServer.start(Clock.systemUTC(), ACK_DEADLINE, app -> {
            app.command("/onboarding", (request, ctx) -> {
                awaitRelease();
                if (failWithDatabaseDown.get()) {
                    throw new IllegalStateException(
                            "could not save",
                            new SQLTransientConnectionException("onboarding-buddy-db - Connection is not available"));
                }
                workFinished.set(true);
                return ctx.ack("Done: 2. 3/5 items complete.");
            });
            app.event(AppHomeOpenedEvent.class, (payload, ctx) -> {
                awaitRelease();
                workFinished.set(true);
                return ctx.ack();
            });
        });
    }

    @AfterEach
    void stopBot() {
        release.countDown();
        bot.close();
    }

    @Test
    void aSlashCommandThatOutlivesTheDeadlineIsToldToWaitInTimeAndAnsweredThroughItsResponseUrl() {
        String responseUrl = bot.fake().responseUrl();

        Timed ack = Timed.of(() -> bot.requests()
                .send(bot.requests()
                        .slashCommand(SlashCommand.of("/onboarding", "done 2", "UHIRE")
                                .withResponseUrl(responseUrl))));

        assertThat(ack.took()).isGreaterThanOrEqualTo(ACK_DEADLINE).isLessThan(SLACK_LIMIT);
        assertThat(workFinished).as("the ack did not wait for the work").isFalse();
        assertThat(ack.response().status()).isEqualTo(200);
        assertThat(ack.response().json().path("text").asText()).isEqualTo(AckDeadline.STILL_WORKING);
        assertThat(ack.response().json().path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(bot.fake().calls(FakeSlackApi.RESPONSE_URL))
                .as("no answer before the work is done")
                .isEmpty();

        release.countDown();

        List<RecordedCall> answers = bot.fake().awaitCalls(FakeSlackApi.RESPONSE_URL, 1);
        assertThat(answers).hasSize(1);
        assertThat(answers.get(0).param("path"))
                .isEqualTo(URI.create(responseUrl).getPath());
        assertThat(answers.get(0).param("text")).isEqualTo("Done: 2. 3/5 items complete.");
    }

    @Test
    void aSlashCommandWhoseLateWorkFindsTheDatabaseDownIsToldSoThroughItsResponseUrl() {
        failWithDatabaseDown.set(true);
        String responseUrl = bot.fake().responseUrl();

        Timed ack = Timed.of(() -> bot.requests()
                .send(bot.requests()
                        .slashCommand(SlashCommand.of("/onboarding", "done 2", "UHIRE")
                                .withResponseUrl(responseUrl))));
        assertThat(ack.took()).isLessThan(SLACK_LIMIT);
        assertThat(ack.response().json().path("text").asText()).isEqualTo(AckDeadline.STILL_WORKING);

        release.countDown();

        RecordedCall answer =
                bot.fake().awaitCalls(FakeSlackApi.RESPONSE_URL, 1).get(0);
        assertThat(answer.param("text")).isEqualTo(AckDeadline.DATABASE_DOWN);
        assertThat(answer.param("response_type")).isEqualTo("ephemeral");
    }

    @Test
    void anEventStillBeingHandledAtTheDeadlineIsAnswered503InTimeSoThatSlackDeliversItAgain() {
        String event = SlackFixtures.load(
                "app_home_opened.json", Map.of("user", "UHIRE", "channel", "DHIRE", "event_id", "Ev0ACKDEADLINE"));

        Timed answer = Timed.of(() -> bot.requests().send(bot.requests().event(event)));

        assertThat(answer.took()).isGreaterThanOrEqualTo(ACK_DEADLINE).isLessThan(SLACK_LIMIT);
        assertThat(workFinished).isFalse();
        assertThat(answer.response().status()).isEqualTo(503);
        assertThat(bot.fake().calls(FakeSlackApi.RESPONSE_URL)).isEmpty();
    }

    @Test
    void workDoneWithinTheDeadlineIsAnsweredDirectly() {
        release.countDown();

        Timed ack = Timed.of(() -> bot.requests()
                .send(bot.requests()
                        .slashCommand(SlashCommand.of("/onboarding", "done 2", "UHIRE")
                                .withResponseUrl(bot.fake().responseUrl()))));

        assertThat(ack.took()).isLessThan(ACK_DEADLINE);
        assertThat(ack.response().json().path("text").asText()).isEqualTo("Done: 2. 3/5 items complete.");
        assertThat(bot.fake().calls(FakeSlackApi.RESPONSE_URL)).isEmpty();
    }

    private void awaitRelease() {
        try {
            if (!release.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the listener");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Timed(SlackResponse response, Duration took) {
        static Timed of(Supplier<SlackResponse> call) {
            long started = System.nanoTime();
            SlackResponse response = call.get();
            return new Timed(response, Duration.ofNanos(System.nanoTime() - started));
        }
    }
}
