package dev.onboardingbuddy.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.DispatchOutbox;
import dev.onboardingbuddy.notification.OutboundMessage;
import dev.onboardingbuddy.notification.OutboxEntry;
import dev.onboardingbuddy.notification.OutboxStatus;
import dev.onboardingbuddy.notification.Recipient;
import dev.onboardingbuddy.notification.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How the dispatcher retries, waits, gives up and alerts, through the real Slack gateway. */
abstract class DispatchRetryScenarios extends DeliveryFixture {

    @Test
    void threeServerErrorsAreRetriedAfterTheirBackoffAndTheMessageArrivesOnce() {
        enqueue("welcome:H1", "C1");
        fake.failNext("chat.postMessage", 3, 500);
        DispatchOutbox dispatcher = dispatcher();

        for (int failure = 1; failure <= 3; failure++) {
            assertThat(dispatcher.dispatch(10)).isZero();
            OutboxEntry waiting = entry("welcome:H1");
            assertThat(waiting.status()).isEqualTo(OutboxStatus.PENDING);
            assertThat(waiting.nextAttemptAt()).isAfter(clock.instant());
            clock.advance(Duration.ofMillis(1));
            assertThat(dispatcher.dispatch(10)).as("before the backoff ends").isZero();
            clock.set(waiting.nextAttemptAt());
        }
        assertThat(dispatcher.dispatch(10)).isEqualTo(1);

        OutboxEntry sent = entry("welcome:H1");
        assertThat(keysIn("C1")).containsExactly("welcome:H1");
        assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(sent.deliveryRef()).contains(onlyRefIn("C1"));
        assertThat(sent.attempts()).isEqualTo(4);
        assertThat(fake.calls("chat.postMessage")).hasSize(4);
        assertThat(fake.calls("conversations.history"))
                .as("a look before each retry: a 500 may have posted")
                .hasSize(3);
    }

    @Test
    void aMessageToSomeoneWhoLeftIsHeldNotRetriedAndSoAreTheirOthersInTheBatch() {
        Recipient gone = new Recipient.DirectMessage(ChatUserId.slack("U0GONE"));
        outbox.enqueue(
                new OutboundMessage("welcome:GONE", gone, ChatMessage.plain("Hello"), clock.instant()),
                clock.instant());
        outbox.enqueue(
                new OutboundMessage("reminder:GONE", gone, ChatMessage.plain("Again"), clock.instant()),
                clock.instant());
        enqueue("welcome:H1", "C1");
        fake.errorNext("chat.postMessage", 1, "account_inactive");

        assertThat(dispatcher().dispatch(10)).isEqualTo(1);

        assertThat(entry("welcome:GONE").status()).isEqualTo(OutboxStatus.HELD);
        assertThat(entry("welcome:GONE").lastError()).get().asString().contains("account_inactive");
        assertThat(entry("reminder:GONE").status()).isEqualTo(OutboxStatus.HELD);
        assertThat(keysIn("C1")).containsExactly("welcome:H1");
        assertThat(fake.calls("chat.postMessage").stream().filter(call -> "D0GONE".equals(call.param("channel"))))
                .hasSize(1);
        clock.advance(Duration.ofDays(1));
        dispatcher().dispatch(10);
        assertThat(fake.calls("chat.postMessage").stream().filter(call -> "D0GONE".equals(call.param("channel"))))
                .as("held, never retried")
                .hasSize(1);
    }

    @Test
    void aRetryAfterAServerErrorLooksOnceWhetherTheMessageWentOutThenSends() {
        enqueue("welcome:H1", "C1");
        fake.failNext("chat.postMessage", 1, 500);
        DispatchOutbox dispatcher = dispatcher();

        assertThat(dispatcher.dispatch(10)).isZero();
        clock.set(entry("welcome:H1").nextAttemptAt());
        assertThat(dispatcher().dispatch(10))
                .as("another dispatcher, as after a restart")
                .isEqualTo(1);

        assertThat(keysIn("C1")).containsExactly("welcome:H1");
        assertThat(fake.calls("conversations.history"))
                .as("the outcome of a 500 is unknown: looked up once")
                .hasSize(1);
    }

    @Test
    void aServerErrorAfterSlackPostedTheMessageIsRecordedAsSentWithoutPostingAgain() {
        enqueue("welcome:H1", "C1");
        fake.doThenFailNext("chat.postMessage", 1, 503);
        DispatchOutbox dispatcher = dispatcher();

        assertThat(dispatcher.dispatch(10)).isZero();
        assertThat(keysIn("C1")).as("Slack posted it before failing").containsExactly("welcome:H1");
        clock.set(entry("welcome:H1").nextAttemptAt());
        assertThat(dispatcher().dispatch(10)).isEqualTo(1);

        assertThat(fake.calls("chat.postMessage")).hasSize(1);
        assertThat(entry("welcome:H1").deliveryRef()).contains(onlyRefIn("C1"));
    }

    @Test
    void aFailedLookKeepsTheOutcomeUnknownSoTheNextTryLooksAgain() {
        enqueue("welcome:H1", "C1");
        fake.doThenFailNext("chat.postMessage", 1, 500);
        fake.rateLimitNext("conversations.history", 1, 1);
        DispatchOutbox dispatcher = dispatcher();

        assertThat(dispatcher.dispatch(10)).isZero();
        clock.set(entry("welcome:H1").nextAttemptAt());
        assertThat(dispatcher.dispatch(10)).as("the look was rate-limited").isZero();
        clock.set(entry("welcome:H1").nextAttemptAt());
        assertThat(dispatcher.dispatch(10)).isEqualTo(1);

        assertThat(fake.calls("chat.postMessage")).hasSize(1);
        assertThat(fake.calls("conversations.history")).hasSize(2);
        assertThat(keysIn("C1")).containsExactly("welcome:H1");
    }

    @Test
    void theBackoffBetweenServerErrorsGrows() {
        enqueue("welcome:H1", "C1");
        fake.failNext("chat.postMessage", 3, 500);
        DispatchOutbox dispatcher = dispatcher();
        Duration previous = Duration.ZERO;

        for (int failure = 1; failure <= 3; failure++) {
            Instant triedAt = clock.instant();
            dispatcher.dispatch(10);
            Duration wait = Duration.between(triedAt, entry("welcome:H1").nextAttemptAt());
            assertThat(wait).isGreaterThan(previous);
            previous = wait;
            clock.set(entry("welcome:H1").nextAttemptAt());
        }
    }

    @Test
    void aRateLimitWaitsForRetryAfterAndThenDeliversOnce() {
        enqueue("welcome:H1", "C1");
        fake.rateLimitNext("chat.postMessage", 1, 7);
        DispatchOutbox dispatcher = dispatcher();
        Instant limitedAt = clock.instant();

        assertThat(dispatcher.dispatch(10)).isZero();
        assertThat(entry("welcome:H1").nextAttemptAt()).isAfterOrEqualTo(limitedAt.plusSeconds(7));

        clock.set(limitedAt.plusSeconds(7).minusMillis(1));
        assertThat(dispatcher.dispatch(10)).isZero();
        assertThat(fake.calls("chat.postMessage")).hasSize(1);

        clock.set(entry("welcome:H1").nextAttemptAt());
        assertThat(dispatcher.dispatch(10)).isEqualTo(1);
        assertThat(keysIn("C1")).containsExactly("welcome:H1");
        assertThat(entry("welcome:H1").status()).isEqualTo(OutboxStatus.SENT);
        assertThat(fake.calls("conversations.history")).isEmpty();
    }

    @Test
    void aPermanentErrorFailsAtOnceAndTheAdminsGetOneDirectMessageThroughTheOutbox() {
        enqueue("welcome:H1", "C0GONE");
        fake.errorNext("chat.postMessage", 1, "channel_not_found");
        DispatchOutbox dispatcher = dispatcher();

        assertThat(dispatcher.dispatch(10)).isZero();
        OutboxEntry failed = entry("welcome:H1");
        assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError())
                .hasValueSatisfying(error -> assertThat(error).contains("channel_not_found"));
        assertThat(outbox.pendingCount()).as("the alert waits in the outbox").isEqualTo(1);

        assertThat(dispatcher.dispatch(10)).isEqualTo(1);
        assertThat(fake.messagesTo(ADMIN_DM))
                .singleElement()
                .satisfies(alert -> assertThat(alert.text()).contains("welcome:H1", "channel_not_found"));

        clock.advance(Duration.ofHours(1));
        assertThat(dispatcher.dispatch(10)).as("nothing loops").isZero();
        assertThat(outbox.pendingCount()).isZero();
        assertThat(fake.calls("chat.postMessage")).hasSize(2);
    }

    @Test
    void anAlertThatCannotBeDeliveredRaisesNoFurtherAlert() {
        enqueue("welcome:H1", "C0GONE");
        fake.errorNext("chat.postMessage", 2, "channel_not_found");
        DispatchOutbox dispatcher = dispatcher();

        dispatcher.dispatch(10);
        dispatcher.dispatch(10);
        clock.advance(Duration.ofHours(1));
        assertThat(dispatcher.dispatch(10)).isZero();

        String alertKey = "alert:" + entry("welcome:H1").id() + ":" + ADMIN.value();
        assertThat(entry(alertKey).status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(outbox.pendingCount()).isZero();
        assertThat(fake.calls("chat.postMessage")).hasSize(2);
    }

    @Test
    void reachingMaxAttemptsFailsTheEntryAndAlertsTheAdmins() {
        RetryPolicy policy = new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(30));
        enqueue("welcome:H1", "C1");
        fake.failNext("chat.postMessage", 4, 503);
        DispatchOutbox dispatcher = dispatcher(gateway, policy);

        for (int attempt = 1; attempt <= 4; attempt++) {
            dispatcher.dispatch(10);
            if (attempt < 4) {
                clock.set(entry("welcome:H1").nextAttemptAt());
            }
        }

        OutboxEntry failed = entry("welcome:H1");
        assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(4);
        assertThat(failed.lastError())
                .hasValueSatisfying(error -> assertThat(error).contains("after 4 tries"));
        assertThat(fake.calls("chat.postMessage")).hasSize(4);
        assertThat(dispatcher.dispatch(10)).as("the alert").isEqualTo(1);
        assertThat(fake.messagesTo(ADMIN_DM)).hasSize(1);
        assertThat(fake.messagesTo("C1")).isEmpty();
    }

    @Test
    void theSameKeyQueuedTwiceIsPostedOnce() {
        assertThat(outbox.enqueue(message("welcome:H1", "C1"), clock.instant())).isTrue();
        assertThat(outbox.enqueue(message("welcome:H1", "C1"), clock.instant())).isFalse();

        assertThat(dispatcher().dispatch(10)).isEqualTo(1);
        clock.advance(Duration.ofHours(1));
        assertThat(dispatcher().dispatch(10)).isZero();

        assertThat(keysIn("C1")).containsExactly("welcome:H1");
    }
}
