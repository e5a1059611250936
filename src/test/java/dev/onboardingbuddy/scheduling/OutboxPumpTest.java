package dev.onboardingbuddy.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.onboardingbuddy.enrollment.Platform;
import dev.onboardingbuddy.notification.ChatGateway;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.DispatchOutbox;
import dev.onboardingbuddy.notification.OutboundMessage;
import dev.onboardingbuddy.notification.OutboxStatus;
import dev.onboardingbuddy.notification.Recipient;
import dev.onboardingbuddy.notification.RetryPolicy;
import dev.onboardingbuddy.testing.InMemoryOutbox;
import dev.onboardingbuddy.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class OutboxPumpTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-03T08:00:00Z"));
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final List<String> sent = new CopyOnWriteArrayList<>();
    private final AtomicBoolean died = new AtomicBoolean();

    /** Throws an Error on its first send, like a linkage problem in one code path, and then works. */
    private final ChatGateway gateway = new ChatGateway() {
        @Override
        public String send(OutboundMessage message) {
            if (died.compareAndSet(false, true)) {
                throw new AssertionError("an Error, not an Exception");
            }
            sent.add(message.idempotencyKey());
            return "C1/" + sent.size();
        }

        @Override
        public Optional<String> findSent(OutboundMessage message) {
            return Optional.empty();
        }

        @Override
        public void update(String deliveryRef, ChatMessage content) {}
    };

    private void enqueue(String key) {
        outbox.enqueue(
                new OutboundMessage(
                        key, new Recipient.Channel(Platform.SLACK, "C1"), ChatMessage.plain(key), clock.instant()),
                clock.instant());
    }

    @Test
    void anErrorInOneDrainDoesNotStopLaterPolls() {
        enqueue("first");
        DispatchOutbox dispatcher = new DispatchOutbox(
                outbox, gateway, (entry, error) -> {}, RetryPolicy.DEFAULT, clock, () -> 0.5, "node-1");
        try (OutboxPump pump = new OutboxPump(dispatcher, Duration.ofMillis(20)).start()) {
            await().atMost(Duration.ofSeconds(5)).untilTrue(died);

            enqueue("second");

            await().atMost(Duration.ofSeconds(5)).until(() -> sent.contains("second"));
        }
        assertThat(outbox.find("first").orElseThrow().status())
                .as("leased until its owner's lease ends")
                .isEqualTo(OutboxStatus.PENDING);
    }
}
