package dev.onboardingbuddy.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onboardingbuddy.notification.ChatGateway;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.DispatchOutbox;
import dev.onboardingbuddy.notification.OutboundMessage;
import dev.onboardingbuddy.notification.Outbox;
import dev.onboardingbuddy.notification.OutboxEntry;
import dev.onboardingbuddy.notification.OutboxStatus;
import dev.onboardingbuddy.notification.RetryPolicy;
import dev.onboardingbuddy.testing.MutableClock;
import dev.onboardingbuddy.testing.Race;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Dispatchers that die, run late or run side by side still put each message into Slack exactly once. */
abstract class DispatchCrashScenarios extends DeliveryFixture {

    /** DispatchOutbox's lease, which a test waits out to let another owner claim. */
    static final Duration LEASE = DispatchOutbox.DEFAULT_LEASE;

    @Test
    void aMessageSentJustBeforeACrashIsFoundAndRecordedNotSentAgain() {
        enqueue("welcome:H1", "C1");
        DispatchOutbox dying = dispatcher(new DyingGateway(gateway, true), RetryPolicy.DEFAULT);

        assertThatThrownBy(() -> dying.dispatch(10)).isInstanceOf(ProcessDied.class);
        assertThat(keysIn("C1")).containsExactly("welcome:H1");
        clock.advance(LEASE.minusMillis(1));
        assertThat(dispatcher().dispatch(10))
                .as("still leased to the dead owner")
                .isZero();

        clock.advance(Duration.ofMillis(1));
        assertThat(dispatcher().dispatch(10)).isEqualTo(1);

        OutboxEntry recorded = entry("welcome:H1");
        assertThat(recorded.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(recorded.deliveryRef()).contains(onlyRefIn("C1"));
        assertThat(recorded.attempts()).isEqualTo(2);
        assertThat(keysIn("C1")).containsExactly("welcome:H1");
        assertThat(fake.calls("chat.postMessage")).hasSize(1);
        assertThat(fake.calls("conversations.history")).hasSize(1);
    }

    @Test
    void aMessageThatNeverReachedSlackBeforeACrashIsSentByTheNextOwner() {
        enqueue("welcome:H1", "C1");
        DispatchOutbox dying = dispatcher(new DyingGateway(gateway, false), RetryPolicy.DEFAULT);

        assertThatThrownBy(() -> dying.dispatch(10)).isInstanceOf(ProcessDied.class);
        assertThat(fake.messagesTo("C1")).isEmpty();
        clock.advance(LEASE);
        assertThat(dispatcher().dispatch(10)).isEqualTo(1);

        assertThat(keysIn("C1")).containsExactly("welcome:H1");
        assertThat(entry("welcome:H1").deliveryRef()).contains(onlyRefIn("C1"));
    }

    @Test
    void anEntryThatKillsItsDispatcherOnEveryTryFailsAtTheRetryLimitAndAlerts() {
        RetryPolicy policy = new RetryPolicy(2, Duration.ofSeconds(1), Duration.ofSeconds(30));
        enqueue("welcome:H1", "C1");
        for (int crash = 1; crash <= 2; crash++) {
            DispatchOutbox dying = dispatcher(new DyingGateway(gateway, false), policy);
            assertThatThrownBy(() -> dying.dispatch(10)).isInstanceOf(ProcessDied.class);
            clock.advance(LEASE);
        }

        assertThat(dispatcher(new DyingGateway(gateway, false), policy).dispatch(10))
                .isZero();

        assertThat(entry("welcome:H1").status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(fake.messagesTo("C1")).isEmpty();
        assertThat(dispatcher().dispatch(10)).as("the alert").isEqualTo(1);
        assertThat(fake.messagesTo(ADMIN_DM)).hasSize(1);
    }

    @Test
    void aSlowBatchRenewsEachLeaseRightBeforeItsSendAndSendsEveryMessageOnce() {
        List.of("a", "b", "c").forEach(key -> enqueue(key, "C-" + key));
        ChatGateway slow = new SlowGateway(gateway, clock, LEASE.multipliedBy(4), () -> {});
        DispatchOutbox dispatcher = dispatcher(slow, RetryPolicy.DEFAULT);

        assertThat(dispatcher.dispatch(10)).isEqualTo(3);

        assertThat(fake.calls("chat.postMessage")).hasSize(3);
        assertThat(List.of(entry("a"), entry("b"), entry("c")))
                .extracting(OutboxEntry::attempts)
                .containsOnly(1);
        assertThat(fake.calls("conversations.history"))
                .as("nothing was taken over, so nothing looked for")
                .isEmpty();
    }

    @Test
    void anEntryTakenOverWhileItsBatchWasBusyIsLeftToItsNewOwner() {
        List.of("a", "b", "c").forEach(key -> enqueue(key, "C-" + key));
        DispatchOutbox other = dispatcher();
        // the first send hangs past the lease and its heartbeats stop, as if this instance had lost the database
        ChatGateway stalled = new SlowGateway(gateway, clock, LEASE.plusSeconds(1), () -> other.dispatch(10));
        DispatchOutbox first = dispatcher(stalled, RetryPolicy.DEFAULT);

        assertThat(first.dispatch(10)).as("only its first send").isEqualTo(1);

        Map<String, Long> posts = List.of("C-a", "C-b", "C-c").stream()
                .flatMap(channel -> fake.messagesTo(channel).stream())
                .collect(Collectors.groupingBy(DeliveryFixture::keyOf, Collectors.counting()));
        assertThat(posts).containsOnly(Map.entry("a", 1L), Map.entry("b", 1L), Map.entry("c", 1L));
        assertThat(outbox.pendingCount()).isZero();
    }

    @Test
    void aLeaseShorterThanTheMinimumIsRefused() {
        assertThatThrownBy(() -> new DispatchOutbox(
                        outbox,
                        gateway,
                        (entry, error) -> {},
                        RetryPolicy.DEFAULT,
                        clock,
                        () -> 0.5,
                        "node-short",
                        Duration.ofSeconds(9)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 10 s");
    }

    @Test
    void aSentMessageWhoseRecordFailsIsNeitherFailedNorSentAgainButRecordedByTheNextClaim() {
        enqueue("welcome:H1", "C1");
        AtomicBoolean recordFails = new AtomicBoolean(true);
        Outbox flaky = (Outbox) Proxy.newProxyInstance(
                Outbox.class.getClassLoader(), new Class<?>[] {Outbox.class}, (proxy, method, args) -> {
                    if (method.getName().equals("markSent") && recordFails.getAndSet(false)) {
                        throw new IllegalStateException("the database went away");
                    }
                    try {
                        return method.invoke(outbox, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        DispatchOutbox dispatcher = new DispatchOutbox(
                flaky,
                gateway,
                (entry, error) -> {
                    throw new AssertionError("no alert for a message that was delivered");
                },
                RetryPolicy.DEFAULT,
                clock,
                () -> 0.5,
                "node-flaky");

        assertThatThrownBy(() -> dispatcher.dispatch(10)).hasMessageContaining("database went away");
        assertThat(entry("welcome:H1").status()).isEqualTo(OutboxStatus.PENDING);
        clock.advance(LEASE);
        assertThat(dispatcher.dispatch(10)).isEqualTo(1);

        assertThat(entry("welcome:H1").deliveryRef()).contains(onlyRefIn("C1"));
        assertThat(fake.calls("chat.postMessage")).hasSize(1);
    }

    @Test
    void twoDispatchersOnTwoThreadsPostEachOfAHundredMessagesExactlyOnce() throws Exception {
        List<String> channels =
                IntStream.range(0, 100).mapToObj(i -> String.format("C%03d", i)).toList();
        channels.forEach(channel -> enqueue("msg:" + channel, channel));
        List<DispatchOutbox> dispatchers = List.of(dispatcher(), dispatcher());

        List<Integer> sentByEach = Race.all(dispatchers.stream()
                .<Callable<Integer>>map(dispatcher -> () -> {
                    int sent = 0;
                    for (int batch = dispatcher.dispatch(7); batch > 0; batch = dispatcher.dispatch(7)) {
                        sent += batch;
                    }
                    return sent;
                })
                .toList());

        assertThat(sentByEach.stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
        Map<String, Long> postsPerKey = channels.stream()
                .flatMap(channel -> fake.messagesTo(channel).stream())
                .collect(Collectors.groupingBy(DeliveryFixture::keyOf, Collectors.counting()));
        assertThat(postsPerKey)
                .hasSize(100)
                .allSatisfy((key, posts) -> assertThat(posts).as(key).isEqualTo(1));
        assertThat(fake.calls("chat.postMessage")).hasSize(100);
        assertThat(outbox.pendingCount()).isZero();
        channels.forEach(
                channel -> assertThat(entry("msg:" + channel).deliveryRef()).contains(onlyRefIn(channel)));
    }

    /**
     * A gateway whose sends take long on the dispatcher's clock, like Slack answering slowly; {@code meanwhile} runs
     * while the first send hangs.
     */
    private static final class SlowGateway implements ChatGateway {
        private final ChatGateway real;
        private final MutableClock clock;
        private final Duration each;
        private final Runnable meanwhile;
        private boolean first = true;

        SlowGateway(ChatGateway real, MutableClock clock, Duration each, Runnable meanwhile) {
            this.real = real;
            this.clock = clock;
            this.each = each;
            this.meanwhile = meanwhile;
        }

        @Override
        public String send(OutboundMessage message) {
            String ref = real.send(message);
            clock.advance(each);
            if (first) {
                first = false;
                meanwhile.run();
            }
            return ref;
        }

        @Override
        public Optional<String> findSent(OutboundMessage message) {
            return real.findSent(message);
        }

        @Override
        public void update(String deliveryRef, ChatMessage content) {
            real.update(deliveryRef, content);
        }
    }
}
