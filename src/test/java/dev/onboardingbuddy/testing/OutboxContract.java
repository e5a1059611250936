package dev.onboardingbuddy.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Platform;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.MessageBlock;
import dev.onboardingbuddy.notification.OutboundMessage;
import dev.onboardingbuddy.notification.Outbox;
import dev.onboardingbuddy.notification.OutboxEntry;
import dev.onboardingbuddy.notification.OutboxStatus;
import dev.onboardingbuddy.notification.Recipient;
import dev.onboardingbuddy.notification.Span;
import dev.onboardingbuddy.notification.Text;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Outbox} does; subclasses supply the implementation under test. A claim counts as an attempt,
 * and a claimed entry stays invisible to claimers until its lease ends or it is marked.
 */
public abstract class OutboxContract {

    private static final Instant NOW = Instant.parse("2025-03-10T08:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final Recipient HIRE = new Recipient.DirectMessage(ChatUserId.slack("U1"));

    private Outbox outbox;

    /** A new, empty outbox; called before each test. */
    protected abstract Outbox newOutbox();

    @BeforeEach
    void createOutbox() {
        outbox = newOutbox();
    }

    private static OutboundMessage message(String key, Instant notBefore) {
        return new OutboundMessage(key, HIRE, ChatMessage.plain("Welcome, " + key), notBefore);
    }

    private List<String> claimKeys(Instant now, int limit, String owner) {
        return outbox.claimDue(now, limit, owner, LEASE).stream()
                .map(entry -> entry.message().idempotencyKey())
                .toList();
    }

    private OutboxEntry stored(String key) {
        return outbox.find(key).orElseThrow();
    }

    @Test
    void anEnqueuedMessageIsPendingWithItsFields() {
        OutboundMessage message = message("welcome:h1", NOW.plusSeconds(60));
        assertThat(outbox.enqueue(message, NOW)).isTrue();
        OutboxEntry entry = stored("welcome:h1");
        assertThat(entry.message()).isEqualTo(message);
        assertThat(entry.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(entry.attempts()).isZero();
        assertThat(entry.nextAttemptAt()).isEqualTo(message.notBefore());
        assertThat(entry.createdAt()).isEqualTo(NOW);
        assertThat(entry.deliveryRef()).isEmpty();
        assertThat(entry.lastError()).isEmpty();
        assertThat(outbox.find("welcome:h2")).isEmpty();
        assertThat(outbox.contains("welcome:h1")).isTrue();
        assertThat(outbox.contains("welcome:h2")).isFalse();
    }

    @Test
    void theSameKeyTwiceIsQueuedOnceAndKeepsTheFirstMessage() {
        OutboundMessage first = message("welcome:h1", NOW);
        assertThat(outbox.enqueue(first, NOW)).isTrue();
        assertThat(outbox.enqueue(new OutboundMessage("welcome:h1", HIRE, ChatMessage.plain("other"), NOW), NOW))
                .isFalse();
        assertThat(outbox.pendingCount()).isEqualTo(1);
        assertThat(stored("welcome:h1").message()).isEqualTo(first);
    }

    @Test
    void concurrentEnqueuesOfOneKeyQueueItOnce() throws Exception {
        assertThat(Race.timesTrue(16, () -> outbox.enqueue(message("reminder:h1:laptop:1", NOW), NOW)))
                .isEqualTo(1);
        assertThat(outbox.pendingCount()).isEqualTo(1);
    }

    @Test
    void claimDueSkipsMessagesBeforeTheirNotBefore() {
        outbox.enqueue(message("now", NOW), NOW);
        outbox.enqueue(message("later", NOW.plusSeconds(3600)), NOW);
        List<OutboxEntry> claimed = outbox.claimDue(NOW, 10, "a", LEASE);
        assertThat(claimed)
                .extracting(entry -> entry.message().idempotencyKey())
                .containsExactly("now");
        outbox.markSent(claimed.get(0).id(), "ref", NOW);
        assertThat(claimKeys(NOW.plusSeconds(3599), 10, "a")).isEmpty();
        assertThat(claimKeys(NOW.plusSeconds(3600), 10, "a")).containsExactly("later");
    }

    @Test
    void claimDueReturnsTheOldestFirstUpToTheLimit() {
        outbox.enqueue(message("second", NOW), NOW.plusSeconds(2));
        outbox.enqueue(message("first", NOW), NOW.plusSeconds(1));
        outbox.enqueue(message("third", NOW), NOW.plusSeconds(3));
        Instant later = NOW.plusSeconds(10);
        assertThat(claimKeys(later, 2, "a")).containsExactly("first", "second");
        assertThat(claimKeys(later, 2, "b")).containsExactly("third");
    }

    @Test
    void aClaimTakesAFewOfOneConversationAndLooksPastTheRestOfItsBacklog() {
        Recipient channel = new Recipient.Channel(Platform.SLACK, "C0MANAGERS");
        for (int n = 1; n <= 10; n++) {
            outbox.enqueue(
                    new OutboundMessage("post:" + n, channel, ChatMessage.plain("post " + n), NOW), NOW.plusSeconds(n));
        }
        outbox.enqueue(message("dm:1", NOW), NOW.plusSeconds(20));
        outbox.enqueue(message("dm:2", NOW), NOW.plusSeconds(21));
        Instant later = NOW.plusSeconds(30);

        assertThat(outbox.claimDue(later, 5, "a", LEASE, Set.of(), 2))
                .extracting(entry -> entry.message().idempotencyKey())
                .containsExactly("post:1", "post:2", "dm:1", "dm:2");
        assertThat(stored("post:3").attempts()).as("passed over, not claimed").isZero();
        assertThat(claimKeys(later, 3, "b")).containsExactly("post:3", "post:4", "post:5");
        assertThat(outbox.claimDue(later, 10, "c", LEASE, Set.of(channel.address()), 2))
                .as("a conversation left out")
                .isEmpty();
    }

    @Test
    void aClaimedEntryIsInvisibleUntilItsLeaseEnds() {
        outbox.enqueue(message("m", NOW), NOW);
        assertThat(claimKeys(NOW, 10, "a")).containsExactly("m");
        assertThat(claimKeys(NOW.plus(LEASE).minusSeconds(1), 10, "b")).isEmpty();
        List<OutboxEntry> again = outbox.claimDue(NOW.plus(LEASE), 10, "b", LEASE);
        assertThat(again).extracting(OutboxEntry::attempts).containsExactly(2);
    }

    @Test
    void aClaimCountsAsAnAttempt() {
        outbox.enqueue(message("m", NOW), NOW);
        assertThat(outbox.claimDue(NOW, 10, "a", LEASE))
                .extracting(OutboxEntry::attempts)
                .containsExactly(1);
        assertThat(stored("m").attempts()).isEqualTo(1);
    }

    @Test
    void aSentEntryIsNeverClaimedAgain() {
        outbox.enqueue(message("m", NOW), NOW);
        long id = outbox.claimDue(NOW, 10, "a", LEASE).get(0).id();
        outbox.markSent(id, "D123/1741593600.000100", NOW.plusSeconds(1));
        OutboxEntry entry = stored("m");
        assertThat(entry.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(entry.deliveryRef()).contains("D123/1741593600.000100");
        assertThat(claimKeys(NOW.plus(Duration.ofDays(1)), 10, "b")).isEmpty();
        assertThat(outbox.pendingCount()).isZero();
    }

    @Test
    void aSentEntryIsFoundByItsDeliveryReference() {
        outbox.enqueue(message("release:h1:week-1:1", NOW), NOW);
        outbox.enqueue(message("other", NOW), NOW);
        long id = outbox.claimDue(NOW, 1, "a", LEASE).get(0).id();
        outbox.markSent(id, "D123/1741593600.000100", NOW);

        assertThat(outbox.findByDeliveryRef("D123/1741593600.000100"))
                .map(entry -> entry.message().idempotencyKey())
                .contains("release:h1:week-1:1");
        assertThat(outbox.findByDeliveryRef("D123/9999999999.000000")).isEmpty();
    }

    @Test
    void aRetryReleasesTheLeaseAndWaitsForTheNextAttempt() {
        outbox.enqueue(message("m", NOW), NOW);
        long id = outbox.claimDue(NOW, 10, "a", LEASE).get(0).id();
        Instant next = NOW.plusSeconds(30);
        outbox.markRetry(id, next, "rate_limited");
        OutboxEntry entry = stored("m");
        assertThat(entry.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(entry.nextAttemptAt()).isEqualTo(next);
        assertThat(entry.lastError()).contains("rate_limited");
        assertThat(claimKeys(next.minusSeconds(1), 10, "b")).isEmpty();
        assertThat(claimKeys(next, 10, "b")).containsExactly("m");
    }

    @Test
    void aFailedEntryIsNeverClaimedAgain() {
        outbox.enqueue(message("m", NOW), NOW);
        long id = outbox.claimDue(NOW, 10, "a", LEASE).get(0).id();
        outbox.markFailed(id, "channel_not_found", NOW.plusSeconds(1));
        OutboxEntry entry = stored("m");
        assertThat(entry.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(entry.lastError()).contains("channel_not_found");
        assertThat(claimKeys(NOW.plus(Duration.ofDays(1)), 10, "b")).isEmpty();
    }

    @Test
    void pendingCountAndOldestPendingFollowTheQueue() {
        assertThat(outbox.pendingCount()).isZero();
        assertThat(outbox.oldestPendingCreatedAt()).isEmpty();
        outbox.enqueue(message("old", NOW), NOW);
        outbox.enqueue(message("new", NOW), NOW.plusSeconds(60));
        assertThat(outbox.pendingCount()).isEqualTo(2);
        assertThat(outbox.oldestPendingCreatedAt()).contains(NOW);
        outbox.markSent(stored("old").id(), "ref", NOW.plusSeconds(61));
        assertThat(outbox.pendingCount()).isEqualTo(1);
        assertThat(outbox.oldestPendingCreatedAt()).contains(NOW.plusSeconds(60));
    }

    @Test
    void aMessageWithEveryBlockAndRecipientTypeRoundTrips() {
        MessageBlock.Button done = new MessageBlock.Button("item_done", "Done", "h1|laptop", true);
        ChatMessage content = new ChatMessage(
                Text.builder()
                        .plain("Day one: 2 items for ")
                        .mention(ChatUserId.slack("U1"))
                        .build(),
                List.of(
                        new MessageBlock.Header("Welcome, <@U1>! 🎉"),
                        new MessageBlock.Paragraph(Text.builder()
                                .strong("Bold")
                                .plain(", ")
                                .emphasis("italic")
                                .plain(" and \"quotes\"\nover two lines, ")
                                .code("done 3")
                                .plain(" or ")
                                .command("status")
                                .plain(" ")
                                .link("https://example.com/handbook", "the handbook")
                                .plain(" ")
                                .symbol(Span.Meaning.SUCCESS)
                                .plain(" with ")
                                .mention(ChatUserId.msteams("29:1abc"))
                                .build()),
                        new MessageBlock.Context(Text.plain("1 of 12 done")),
                        new MessageBlock.ChecklistLine(1, "Pick up your laptop", "At the IT desk", false, done),
                        new MessageBlock.ChecklistLine(2, "Read the handbook", "", true, null),
                        new MessageBlock.Buttons(
                                List.of(done, new MessageBlock.Button("snooze", "Later", "h1", false)))));
        List<Recipient> recipients = List.of(
                HIRE,
                new Recipient.Channel(Platform.SLACK, "C0MANAGERS"),
                new Recipient.Group(List.of(ChatUserId.slack("U2"), ChatUserId.slack("U1"), ChatUserId.slack("U3"))),
                new Recipient.DirectMessage(ChatUserId.msteams("29:1abc")),
                new Recipient.Channel(Platform.MSTEAMS, "19:managers@thread.tacv2"));
        for (Recipient recipient : recipients) {
            OutboundMessage message = new OutboundMessage("all:" + recipient.address(), recipient, content, NOW);
            outbox.enqueue(message, NOW);
            OutboundMessage read = stored(message.idempotencyKey()).message();
            // Compared by address: a group's address lists its people sorted, so the order it was built with is not
            // kept.
            assertThat(read.to().address()).isEqualTo(recipient.address());
            assertThat(read.content()).isEqualTo(content);
        }
    }

    @Test
    void concurrentClaimersNeverGetTheSameEntry() throws Exception {
        int rows = 120;
        int claimers = 4;
        for (int i = 0; i < rows; i++) {
            outbox.enqueue(message("bulk-" + i, NOW), NOW.minusSeconds(rows - i));
        }
        AtomicInteger claimer = new AtomicInteger();
        List<List<Long>> claimed = Race.run(claimers, () -> {
            String owner = "dispatcher-" + claimer.incrementAndGet();
            List<Long> mine = new ArrayList<>();
            List<OutboxEntry> batch;
            do {
                batch = outbox.claimDue(NOW, 7, owner, LEASE);
                batch.forEach(entry -> mine.add(entry.id()));
            } while (!batch.isEmpty());
            return mine;
        });
        List<Long> all = claimed.stream().flatMap(List::stream).toList();
        assertThat(all).hasSize(rows);
        assertThat(new HashSet<>(all)).hasSize(rows);
    }

    @Test
    void anEmptyOutboxClaimsNothing() {
        assertThat(outbox.claimDue(NOW, 10, "a", LEASE)).isEmpty();
        assertThat(outbox.pendingCount()).isZero();
    }
}
