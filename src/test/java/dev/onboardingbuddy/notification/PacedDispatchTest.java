package dev.onboardingbuddy.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Platform;
import dev.onboardingbuddy.testing.InMemoryOutbox;
import dev.onboardingbuddy.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Fair dispatch: the platforms' pace defers a message in the outbox instead of holding a sender, costs it no
 * attempt and never delays another conversation; answers go before releases, releases before reminders; a 429 holds
 * back its whole platform; conversations go out in parallel, each in order.
 */
class PacedDispatchTest {
    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private static final Duration LEASE = DispatchOutbox.DEFAULT_LEASE;

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    /** A platform that records sends and paces each conversation at three posts in any three seconds. */
    private static class Platform1 implements ChatGateway {
        final List<String> sent = new CopyOnWriteArrayList<>();
        final Pace pace = new Pace(List.of(new Pace.Limit(3, Duration.ofSeconds(3))));

        @Override
        public Optional<Instant> turn(OutboundMessage message, Instant now) {
            return pace.take(message.to().address(), now);
        }

        @Override
        public String send(OutboundMessage message) {
            sent.add(message.idempotencyKey());
            return "ref/" + message.idempotencyKey();
        }

        @Override
        public Optional<String> findSent(OutboundMessage message) {
            return Optional.empty();
        }

        @Override
        public void update(String deliveryRef, ChatMessage content) {}
    }

    private static Recipient dm(Platform platform, String user) {
        return new Recipient.DirectMessage(new ChatUserId(platform, user));
    }

    private void enqueue(String key, Recipient to) {
        outbox.enqueue(new OutboundMessage(key, to, ChatMessage.plain(key), clock.instant()), clock.instant());
        clock.advance(Duration.ofMillis(1));
    }

    private DispatchOutbox dispatcher(ChatGateway gateway, RetryPolicy retries) {
        return new DispatchOutbox(
                outbox, gateway, (entry, error) -> {}, retries, clock, () -> 0.5, "node-" + UUID.randomUUID(), LEASE);
    }

    private OutboxEntry entry(String key) {
        return outbox.find(key).orElseThrow();
    }

    @Test
    void aPacedBusyConversationDoesNotDelayTheOthersAndItsWaitingMessagesSpendNoAttempt() {
        IntStream.rangeClosed(1, 8).forEach(n -> enqueue("release:busy:" + n, dm(Platform.SLACK, "UBUSY")));
        enqueue("release:other:1", dm(Platform.SLACK, "UOTHER"));
        enqueue("release:third:1", dm(Platform.SLACK, "UTHIRD"));
        Platform1 platform = new Platform1();

        DispatchOutbox.Dispatched first =
                dispatcher(platform, RetryPolicy.DEFAULT).dispatchDue(20, Runnable::run);

        assertThat(first).isEqualTo(new DispatchOutbox.Dispatched(10, 5));
        assertThat(platform.sent)
                .containsExactlyInAnyOrder(
                        "release:busy:1", "release:busy:2", "release:busy:3", "release:other:1", "release:third:1");
        assertThat(IntStream.rangeClosed(4, 8).mapToObj(n -> entry("release:busy:" + n)))
                .allSatisfy(waiting -> {
                    assertThat(waiting.status()).isEqualTo(OutboxStatus.PENDING);
                    assertThat(waiting.attempts())
                            .as("a paced message spends no attempt")
                            .isZero();
                    assertThat(waiting.nextAttemptAt()).isAfter(clock.instant());
                });
    }

    @Test
    void aPacedConversationsBacklogIsLeftOutOfClaimsUntilItsTurnAndClaimedAFewAtATime() {
        IntStream.rangeClosed(1, 30).forEach(n -> enqueue("reminder:busy:" + n, dm(Platform.SLACK, "UBUSY")));
        enqueue("release:other:1", dm(Platform.SLACK, "UOTHER"));
        Platform1 platform = new Platform1();
        DispatchOutbox dispatcher = dispatcher(platform, RetryPolicy.DEFAULT);

        assertThat(dispatcher.dispatchDue(128, Runnable::run))
                .as("eight of the backlog and the other conversation's message: three and one sent")
                .isEqualTo(new DispatchOutbox.Dispatched(PacedConversations.MOST_AT_ONCE + 1, 4));
        Instant turn = entry("reminder:busy:4").nextAttemptAt();
        assertThat(turn).isAfter(clock.instant());

        clock.advance(Duration.ofMillis(500));
        enqueue("release:late:1", dm(Platform.SLACK, "ULATE"));
        assertThat(dispatcher.dispatchDue(128, Runnable::run))
                .as("the waiting conversation is left out: nothing of its backlog is claimed and deferred again")
                .isEqualTo(new DispatchOutbox.Dispatched(1, 1));
        assertThat(IntStream.rangeClosed(9, 30).mapToObj(n -> entry("reminder:busy:" + n)))
                .allSatisfy(untouched -> {
                    assertThat(untouched.attempts()).isZero();
                    assertThat(untouched.nextAttemptAt()).isBefore(turn);
                });

        clock.set(turn);
        assertThat(dispatcher.dispatchDue(128, Runnable::run))
                .as("its turn: a few of it claimed again, in order")
                .isEqualTo(new DispatchOutbox.Dispatched(PacedConversations.MOST_AT_ONCE, 3));
        assertThat(platform.sent)
                .containsSubsequence("reminder:busy:1", "reminder:busy:4", "reminder:busy:5", "reminder:busy:6")
                .doesNotContain("reminder:busy:7");
    }

    @Test
    void aMessageHeldBackManyTimesStillHasAllItsRetriesAndGoesOutInOrder() {
        RetryPolicy twoTries = new RetryPolicy(2, Duration.ofSeconds(1), Duration.ofSeconds(10));
        IntStream.rangeClosed(1, 9).forEach(n -> enqueue("release:h:" + n, dm(Platform.SLACK, "UHIRE")));
        Platform1 platform = new Platform1();
        DispatchOutbox dispatcher = dispatcher(platform, twoTries);

        for (int round = 0; round < 10 && platform.sent.size() < 9; round++) {
            dispatcher.dispatch(20);
            clock.advance(Duration.ofSeconds(1));
        }

        assertThat(platform.sent)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 9)
                        .mapToObj(n -> "release:h:" + n)
                        .toList());
        assertThat(entry("release:h:9").status()).isEqualTo(OutboxStatus.SENT);
        assertThat(entry("release:h:9").attempts())
                .as("deferred twice, tried once")
                .isEqualTo(1);
    }

    @Test
    void anAnswerQueuedAfterFiftyReleasesIsSentFirst() {
        IntStream.range(0, 50).forEach(n -> enqueue("release:h" + n + ":week-1:1", dm(Platform.SLACK, "U" + n)));
        enqueue("reminder:h1:review", new Recipient.Channel(Platform.SLACK, "C0MANAGERS"));
        enqueue("reply:slack:Ev1", dm(Platform.SLACK, "UASKER"));
        Platform1 platform = new Platform1();

        assertThat(dispatcher(platform, RetryPolicy.DEFAULT).dispatch(100)).isEqualTo(52);

        assertThat(platform.sent.get(0)).isEqualTo("reply:slack:Ev1");
        assertThat(platform.sent.get(51)).isEqualTo("reminder:h1:review");
    }

    @Test
    void aRateLimitHoldsBackTheWholePlatformForItsRetryAfterButNotTheOtherPlatform() {
        AtomicInteger calls = new AtomicInteger();
        Platform1 slack = new Platform1() {
            @Override
            public String send(OutboundMessage message) {
                if (calls.getAndIncrement() == 0) {
                    throw DeliveryFailure.rateLimited(Duration.ofSeconds(30));
                }
                return super.send(message);
            }
        };
        Platform1 teams = new Platform1();
        Map<Platform, ChatGateway> gateways = new EnumMap<>(Platform.class);
        gateways.put(Platform.SLACK, slack);
        gateways.put(Platform.MSTEAMS, teams);
        ChatGateway both = new GatewaysByPlatform(gateways, Map.of(), clock);
        enqueue("release:a:1", dm(Platform.SLACK, "UA"));
        enqueue("release:b:1", dm(Platform.SLACK, "UB"));
        enqueue("release:c:1", dm(Platform.MSTEAMS, "29:c"));

        dispatcher(both, RetryPolicy.DEFAULT).dispatch(10);

        assertThat(slack.sent).isEmpty();
        assertThat(teams.sent).containsExactly("release:c:1");
        assertThat(entry("release:a:1").attempts())
                .as("the refused one spent its try")
                .isEqualTo(1);
        assertThat(entry("release:b:1").attempts())
                .as("the held-back one did not")
                .isZero();
        assertThat(entry("release:b:1").nextAttemptAt())
                .isEqualTo(clock.instant().plusSeconds(30));
    }

    @Test
    void aPlatformBudgetIsSharedByAllConversations() {
        Map<Platform, Pace> budgets =
                Map.of(Platform.SLACK, new Pace(List.of(new Pace.Limit(5, Duration.ofSeconds(1)))));
        Platform1 slack = new Platform1();
        ChatGateway gateway = new GatewaysByPlatform(Map.of(Platform.SLACK, slack), budgets, clock);
        IntStream.range(0, 8).forEach(n -> enqueue("release:h" + n + ":1", dm(Platform.SLACK, "U" + n)));

        assertThat(dispatcher(gateway, RetryPolicy.DEFAULT).dispatch(10)).isEqualTo(5);
        clock.advance(Duration.ofSeconds(1));
        assertThat(dispatcher(gateway, RetryPolicy.DEFAULT).dispatch(10)).isEqualTo(3);
    }

    @Test
    void aBacklogIsClaimedNoFasterThanTheBudgetLetsItGoSoNothingIsDeferredInVain() {
        Map<Platform, Pace> budgets =
                Map.of(Platform.SLACK, new Pace(List.of(new Pace.Limit(5, Duration.ofSeconds(1)))));
        ChatGateway gateway = new GatewaysByPlatform(Map.of(Platform.SLACK, new Platform1()), budgets, clock);
        IntStream.range(0, 8).forEach(n -> enqueue("release:h" + n + ":1", dm(Platform.SLACK, "U" + n)));
        Instant queued = entry("release:h7:1").nextAttemptAt();

        assertThat(dispatcher(gateway, RetryPolicy.DEFAULT).dispatch(10)).isEqualTo(5);
        assertThat(dispatcher(gateway, RetryPolicy.DEFAULT).dispatch(10))
                .as("the budget is spent: nothing claimed")
                .isZero();

        assertThat(IntStream.range(5, 8).mapToObj(n -> entry("release:h" + n + ":1")))
                .as("never claimed, so never deferred: no write, no attempt")
                .allSatisfy(entry -> {
                    assertThat(entry.attempts()).isZero();
                    assertThat(entry.nextAttemptAt()).isBeforeOrEqualTo(queued);
                });
        assertThat(gateway.room(clock.instant())).isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(gateway.room(clock.instant())).isEqualTo(5);
    }

    @Test
    void aPlatformWithoutRoomDoesNotHoldBackTheMessagesOfAnotherThatHasSome() {
        Pace slackBudget = Pace.perMinute(600);
        slackBudget.pause(Platform.SLACK.key(), clock.instant().plusSeconds(30)); // a 429 a moment ago
        Map<Platform, Pace> budgets = Map.of(
                Platform.SLACK,
                slackBudget,
                Platform.MSTEAMS,
                new Pace(List.of(new Pace.Limit(2, Duration.ofSeconds(1)))));
        Platform1 slack = new Platform1();
        Platform1 teams = new Platform1();
        ChatGateway gateway =
                new GatewaysByPlatform(Map.of(Platform.SLACK, slack, Platform.MSTEAMS, teams), budgets, clock);
        IntStream.range(0, 5).forEach(n -> enqueue("release:s" + n + ":1", dm(Platform.SLACK, "US" + n)));
        IntStream.range(0, 2).forEach(n -> enqueue("release:t" + n + ":1", dm(Platform.MSTEAMS, "UT" + n)));

        assertThat(dispatcher(gateway, RetryPolicy.DEFAULT).dispatch(10))
                .as("the older Slack messages, which must wait, did not fill the claim")
                .isEqualTo(2);
        assertThat(teams.sent).containsExactlyInAnyOrder("release:t0:1", "release:t1:1");
        assertThat(slack.sent).isEmpty();
    }

    @Test
    void aPausedPlatformHasNoRoomAndAPlatformWithoutABudgetHasAllTheRoomThereIs() {
        Pace budget = Pace.perMinute(600);
        budget.pause(Platform.SLACK.key(), clock.instant().plusSeconds(30));
        Map<Platform, ChatGateway> both = Map.of(Platform.SLACK, new Platform1(), Platform.MSTEAMS, new Platform1());

        assertThat(new GatewaysByPlatform(both, Map.of(Platform.SLACK, budget), clock).room(clock.instant()))
                .isEqualTo(Integer.MAX_VALUE);
        assertThat(new GatewaysByPlatform(
                                Map.of(Platform.SLACK, new Platform1()), Map.of(Platform.SLACK, budget), clock)
                        .room(clock.instant()))
                .isZero();
        assertThat(budget.room(Platform.SLACK.key(), clock.instant().plusSeconds(30)))
                .as("20 in a second, the spread of 600 a minute")
                .isEqualTo(20);
    }

    @Test
    void conversationsGoOutInParallelAndEachConversationInOrder() {
        CyclicBarrier fourAtOnce = new CyclicBarrier(4);
        List<String> perConversation = new CopyOnWriteArrayList<>();
        ChatGateway slowPlatform = new Platform1() {
            @Override
            public Optional<Instant> turn(OutboundMessage message, Instant now) {
                return Optional.empty();
            }

            @Override
            public String send(OutboundMessage message) {
                if (message.idempotencyKey().endsWith(":1")) {
                    try {
                        // proves four senders work at once: each first message waits for the other three
                        fourAtOnce.await(10, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException("the conversations were not sent in parallel", e);
                    }
                }
                perConversation.add(message.idempotencyKey());
                return super.send(message);
            }
        };
        List<String> keys = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            for (String hire : List.of("a", "b", "c", "d")) {
                keys.add("release:" + hire + ":" + n);
                enqueue("release:" + hire + ":" + n, dm(Platform.SLACK, "U" + hire));
            }
        }

        assertThat(dispatcher(slowPlatform, RetryPolicy.DEFAULT)
                        .dispatchDue(20, pool)
                        .sent())
                .isEqualTo(12);

        for (String hire : List.of("a", "b", "c", "d")) {
            assertThat(perConversation.stream().filter(key -> key.startsWith("release:" + hire + ":")))
                    .containsExactly("release:" + hire + ":1", "release:" + hire + ":2", "release:" + hire + ":3");
        }
    }

    @Test
    void aHeartbeatKeepsALongSendsLeaseSoNoOtherInstanceTakesItOver() {
        enqueue("release:slow:1", dm(Platform.SLACK, "USLOW"));
        List<Integer> claimedByOther = new ArrayList<>();
        DispatchOutbox[] slow = new DispatchOutbox[1];
        DispatchOutbox other = dispatcher(new Platform1(), RetryPolicy.DEFAULT);
        Platform1 hanging = new Platform1() {
            @Override
            public String send(OutboundMessage message) {
                for (int beat = 0; beat < 9; beat++) { // three leases long, a heartbeat every third of one
                    clock.advance(slow[0].heartbeat());
                    slow[0].renewLeases();
                    claimedByOther.add(other.dispatch(10));
                }
                return super.send(message);
            }
        };
        slow[0] = dispatcher(hanging, RetryPolicy.DEFAULT);

        assertThat(slow[0].dispatch(10)).isEqualTo(1);

        assertThat(claimedByOther).containsOnly(0);
        assertThat(entry("release:slow:1").status()).isEqualTo(OutboxStatus.SENT);
        assertThat(entry("release:slow:1").attempts()).isEqualTo(1);
    }

    @Test
    void theDefaultSlackBudgetSendsABacklogAtMoreThan525AMinuteButNeverMoreThan600() {
        ChatGateway gateway = new GatewaysByPlatform(
                Map.of(Platform.SLACK, new Platform1()), Map.of(Platform.SLACK, Pace.perMinute(600)), clock);
        IntStream.range(0, 1500).forEach(n -> enqueue("release:h" + n + ":1", dm(Platform.SLACK, "U" + n)));
        clock.set(NOW.plusSeconds(10));
        DispatchOutbox dispatcher = dispatcher(gateway, RetryPolicy.DEFAULT);
        Instant start = clock.instant();
        int sent = 0;
        // a pump that polls a little over once a second, claiming batches of 20 until one sends nothing
        while (clock.instant().isBefore(start.plusSeconds(60))) {
            for (int batch = dispatcher.dispatch(20); batch > 0; batch = dispatcher.dispatch(20)) {
                sent += batch;
            }
            clock.advance(Duration.ofMillis(1100));
        }

        System.out.println("Slack budget 600/min: " + sent + " posts in the first minute of a backlog");
        assertThat(sent).isGreaterThan(525).isLessThanOrEqualTo(600);
    }
}
