package dev.onboardingbuddy.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.notification.ChatGateway;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.DispatchOutbox;
import dev.onboardingbuddy.notification.OutboundMessage;
import dev.onboardingbuddy.notification.Recipient;
import dev.onboardingbuddy.notification.RetryPolicy;
import dev.onboardingbuddy.testing.InMemoryOutbox;
import dev.onboardingbuddy.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class OutboxPumpClosingTest {
    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");

    /** Holds the first send until released, so a test can close the pump while a send is in flight. */
    private static final class HeldGateway implements ChatGateway {
        final CountDownLatch firstSendStarted = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final List<String> events = new CopyOnWriteArrayList<>();

        @Override
        public String send(OutboundMessage message) {
            firstSendStarted.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted mid-send", e);
            }
            events.add("sent " + message.idempotencyKey());
            return "D1/" + message.idempotencyKey();
        }

        @Override
        public Optional<String> findSent(OutboundMessage message) {
            return Optional.empty();
        }

        @Override
        public void update(String deliveryRef, ChatMessage content) {}
    }

    @Test
    void closingFinishesTheBatchInFlightAndStartsNoOther() throws Exception {
        MutableClock clock = new MutableClock(NOW);
        InMemoryOutbox outbox = new InMemoryOutbox();
        for (int i = 0; i < 25; i++) {
            outbox.enqueue(
                    new OutboundMessage(
                            "m" + i,
                            // five conversations: a claim takes only a few messages of any one
                            new Recipient.DirectMessage(ChatUserId.slack("U" + i % 5)),
                            ChatMessage.plain("hello " + i),
                            NOW),
                    NOW);
        }
        HeldGateway gateway = new HeldGateway();
        OutboxPump pump = new OutboxPump(
                        new DispatchOutbox(
                                outbox,
                                gateway,
                                (entry, error) -> {},
                                RetryPolicy.DEFAULT,
                                clock,
                                () -> 0.5,
                                "node-test"),
                        Duration.ofMillis(50))
                .start();
        assertThat(gateway.firstSendStarted.await(10, TimeUnit.SECONDS)).isTrue();

        Thread closer = new Thread(() -> {
            pump.close();
            gateway.events.add("closed");
        });
        closer.start();
        // close() waits with a timeout only in awaitTermination, i.e. after the pump was told to stop
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> closer.getState() == Thread.State.TIMED_WAITING);
        gateway.release.countDown();
        closer.join(TimeUnit.SECONDS.toMillis(30));

        assertThat(gateway.events).hasSize(21).endsWith("closed");
        assertThat(outbox.pendingCount()).isEqualTo(5);
    }
}
