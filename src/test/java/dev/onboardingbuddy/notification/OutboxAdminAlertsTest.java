package dev.onboardingbuddy.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Platform;
import dev.onboardingbuddy.testing.InMemoryOutbox;
import dev.onboardingbuddy.testing.MutableClock;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OutboxAdminAlertsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-03T08:00:00Z"));
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final Set<ChatUserId> admins = Set.of(ChatUserId.slack("UA1"), ChatUserId.slack("UA2"));

    private OutboxEntry failedEntry(String key) {
        OutboundMessage message = new OutboundMessage(
                key, new Recipient.Channel(Platform.SLACK, "C0GONE"), ChatMessage.plain("hi"), clock.instant());
        return new OutboxEntry(
                42,
                message,
                OutboxStatus.FAILED,
                1,
                clock.instant(),
                Optional.empty(),
                Optional.of("channel_not_found"),
                clock.instant());
    }

    @Test
    void eachAdminGetsOneDirectMessageThroughTheOutboxEvenWhenToldTwice() {
        AdminAlerts alerts = new OutboxAdminAlerts(outbox, admins, clock);

        alerts.deliveryFailed(failedEntry("welcome:H1"), "channel_not_found");
        alerts.deliveryFailed(failedEntry("welcome:H1"), "channel_not_found");

        assertThat(outbox.pendingCount()).isEqualTo(2);
        assertThat(outbox.find("alert:42:UA1").orElseThrow().message().to())
                .isEqualTo(new Recipient.DirectMessage(ChatUserId.slack("UA1")));
        Text alert =
                outbox.find("alert:42:UA1").orElseThrow().message().content().text();
        assertThat(alert.spans().get(0)).isEqualTo(new Span.Symbol(Span.Meaning.WARNING));
        assertThat(alert.plainText())
                .contains(" Onboarding Buddy could not deliver a message to channel:C0GONE (")
                .endsWith("): channel_not_found. It will not be retried; check the bot's log and Slack permissions.");
    }

    @Test
    void anAlertThatCouldNotBeDeliveredIsOnlyLogged() {
        new OutboxAdminAlerts(outbox, admins, clock).deliveryFailed(failedEntry("alert:7:UA1"), "channel_not_found");

        assertThat(outbox.pendingCount()).isZero();
    }

    @Test
    void anOutboxThatCannotQueueTheAlertDoesNotBreakTheDispatcher() {
        Outbox broken = (Outbox) Proxy.newProxyInstance(
                Outbox.class.getClassLoader(), new Class<?>[] {Outbox.class}, (proxy, method, args) -> {
                    throw new IllegalStateException("the database went away");
                });

        assertThatCode(() -> new OutboxAdminAlerts(broken, admins, clock)
                        .deliveryFailed(failedEntry("welcome:H1"), "channel_not_found"))
                .doesNotThrowAnyException();
    }
}
