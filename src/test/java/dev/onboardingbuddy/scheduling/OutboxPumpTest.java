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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.IntStream;
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

    @Test
    void aSlowConversationHoldsUpNeitherTheNextRoundNorItsOwnOrder() throws InterruptedException {
        CountDownLatch slowMayAnswer = new CountDownLatch(1);
        List<String> posted = new CopyOnWriteArrayList<>();
        ChatGateway slowForOne = posting(posted, message -> {
            if (message.idempotencyKey().equals("slow-1")) {
                try {
                    slowMayAnswer.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        enqueueTo("C-slow", "slow-1");
        for (int i = 1; i <= 30; i++) {
            enqueueTo("C" + i, "quick-" + i); // two senders claim 20 a round: the 30 span two rounds
        }
        enqueueTo("C-slow", "slow-2");
        DispatchOutbox dispatcher = new DispatchOutbox(
                outbox, slowForOne, (entry, error) -> {}, RetryPolicy.DEFAULT, clock, () -> 0.5, "node-1");
        try (OutboxPump pump = new OutboxPump(dispatcher, Duration.ofMillis(20), 2).start()) {
            await().atMost(Duration.ofSeconds(10))
                    .alias("the second round goes out while the first waits for its slowest conversation")
                    .until(() -> posted.size() == 30);
            Thread.sleep(100);
            assertThat(posted)
                    .as("nothing overtakes the message its conversation is still sending")
                    .doesNotContain("slow-2");

            slowMayAnswer.countDown();

            await().atMost(Duration.ofSeconds(10)).until(() -> posted.size() == 32);
        }
        assertThat(posted.indexOf("slow-1")).isLessThan(posted.indexOf("slow-2"));
    }

    @Test
    void oneConversationsBacklogIsSentInOneDrainWithoutHoldingBackTheOthers() {
        List<String> posted = new CopyOnWriteArrayList<>();
        ChatGateway unpaced = posting(posted, message -> {});
        for (int i = 1; i <= 90; i++) {
            enqueueTo("C-busy", "busy-" + i); // more than a claim looks at (4 x 20) ahead of the others
        }
        for (int i = 1; i <= 5; i++) {
            enqueueTo("C" + i, "other-" + i);
        }
        DispatchOutbox dispatcher = new DispatchOutbox(
                outbox, unpaced, (entry, error) -> {}, RetryPolicy.DEFAULT, clock, () -> 0.5, "node-1");
        // one drain at the start and the next an hour later: all of it must go in the first
        try (OutboxPump pump = new OutboxPump(dispatcher, Duration.ofHours(1)).start()) {
            await().atMost(Duration.ofSeconds(10))
                    .alias("the whole backlog in one drain, a few of the busy conversation per round")
                    .until(() -> posted.size() == 95);
        }
        assertThat(posted.subList(0, 20))
                .as("the others go out beside the first rounds of the backlog, not after all of it")
                .contains("other-1", "other-5");
        assertThat(posted.stream().filter(key -> key.startsWith("busy-")).toList())
                .as("in order")
                .isEqualTo(
                        IntStream.rangeClosed(1, 90).mapToObj(i -> "busy-" + i).toList());
    }

    /** A platform without pace that records each message's key in {@code posted}, after {@code beforePost}. */
    private static ChatGateway posting(List<String> posted, Consumer<OutboundMessage> beforePost) {
        return new ChatGateway() {
            @Override
            public String send(OutboundMessage message) {
                beforePost.accept(message);
                posted.add(message.idempotencyKey());
                return message.to().address() + "/" + posted.size();
            }

            @Override
            public Optional<String> findSent(OutboundMessage message) {
                return Optional.empty();
            }

            @Override
            public void update(String deliveryRef, ChatMessage content) {}
        };
    }

    private void enqueueTo(String channel, String key) {
        outbox.enqueue(
                new OutboundMessage(
                        key, new Recipient.Channel(Platform.SLACK, channel), ChatMessage.plain(key), clock.instant()),
                clock.instant());
        clock.advance(Duration.ofMillis(1)); // claims take the oldest first
    }
}
