package dev.onboardingbuddy.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.notification.ChatGateway;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.DispatchOutbox;
import dev.onboardingbuddy.notification.OutboundMessage;
import dev.onboardingbuddy.notification.OutboxStatus;
import dev.onboardingbuddy.notification.Recipient;
import dev.onboardingbuddy.notification.RetryPolicy;
import dev.onboardingbuddy.testing.InMemoryOutbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * On the real clock: what an instance killed mid-dispatch had claimed is taken over by another instance's pump once
 * its short lease ends (not before), each message exactly once.
 */
class OutboxTakeoverTest {
    private static final Duration LEASE = DispatchOutbox.MINIMUM_LEASE;
    private final Clock clock = Clock.systemUTC();
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    /** The chat: each key with when it was posted. */
    private final Map<String, Instant> posted = new ConcurrentHashMap<>();

    private final Map<String, Integer> posts = new ConcurrentHashMap<>();

    /** Posts into {@link #posted}; finds what is there. */
    private class Chat implements ChatGateway {
        @Override
        public String send(OutboundMessage message) {
            posted.putIfAbsent(message.idempotencyKey(), clock.instant());
            posts.merge(message.idempotencyKey(), 1, Integer::sum);
            return "D/" + message.idempotencyKey();
        }

        @Override
        public Optional<String> findSent(OutboundMessage message) {
            return posted.containsKey(message.idempotencyKey())
                    ? Optional.of("D/" + message.idempotencyKey())
                    : Optional.empty();
        }

        @Override
        public void update(String deliveryRef, ChatMessage content) {}
    }

    /** An instance killed right after its first post: nothing after it runs, nothing is recorded. */
    private static final class Killed extends Error {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void aKilledInstancesClaimedMessagesAreSentByAnotherWithinAboutOneShortLeaseEachOnce() {
        List<String> keys = IntStream.range(0, 6)
                .mapToObj(n -> "release:h" + n + ":week-1:1")
                .toList();
        Instant queued = clock.instant();
        keys.forEach(key -> outbox.enqueue(
                new OutboundMessage(
                        key,
                        new Recipient.DirectMessage(ChatUserId.slack("U" + key.hashCode())),
                        ChatMessage.plain(key),
                        queued),
                queued));
        DispatchOutbox dying = new DispatchOutbox(
                outbox,
                new Chat() {
                    @Override
                    public String send(OutboundMessage message) {
                        super.send(message);
                        throw new Killed();
                    }
                },
                (entry, error) -> {},
                RetryPolicy.DEFAULT,
                clock,
                () -> 0.5,
                "node-killed",
                LEASE);

        Instant claimed = clock.instant();
        assertThatThrownBy(() -> dying.dispatch(10)).isInstanceOf(Killed.class);
        assertThat(posts).hasSize(1);

        DispatchOutbox survivor = new DispatchOutbox(
                outbox,
                new Chat(),
                (entry, error) -> {},
                RetryPolicy.DEFAULT,
                clock,
                () -> 0.5,
                "node-survivor",
                LEASE);
        try (OutboxPump pump = new OutboxPump(survivor, Duration.ofMillis(200), 4).start()) {
            await().atMost(LEASE.plusSeconds(20))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> keys.stream()
                            .allMatch(key -> outbox.find(key).orElseThrow().status() == OutboxStatus.SENT));
        }
        Instant done = clock.instant();

        assertThat(posts)
                .as("every message once; the one posted before the kill was found, not posted again")
                .hasSize(6)
                .allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1));
        assertThat(posted).containsKey(keys.get(0));
        Instant firstTakeover = keys.subList(1, 6).stream()
                .map(posted::get)
                .min(Instant::compareTo)
                .orElseThrow();
        assertThat(firstTakeover)
                .as("not before the dead instance's lease ended")
                .isAfterOrEqualTo(claimed.plus(LEASE));
        assertThat(Duration.between(claimed, done))
                .as("within about one lease (generous bound)")
                .isLessThan(LEASE.plusSeconds(15));
        assertThat(keys)
                .allSatisfy(key -> assertThat(outbox.find(key).orElseThrow().attempts())
                        .as(key)
                        .isEqualTo(2));
    }
}
