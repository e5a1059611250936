package dev.onboardingbuddy.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.testing.InMemoryOutbox;
import dev.onboardingbuddy.testing.InMemoryProcessedEvents;
import dev.onboardingbuddy.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PruneOldRecordsTest {
    private static final Instant NOW = Instant.parse("2025-06-02T03:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryProcessedEvents events = new InMemoryProcessedEvents();
    private final InMemoryOutbox outbox = new InMemoryOutbox();

    private void sent(String key, Instant at) {
        outbox.enqueue(
                new OutboundMessage(
                        key, new Recipient.DirectMessage(ChatUserId.slack("U1")), ChatMessage.plain(key), at),
                at);
        outbox.markSent(outbox.find(key).orElseThrow().id(), "D1/" + key, at);
    }

    @Test
    void eventIdsOlderThanADayAndMessagesSentLongerAgoThanAnyProgrammeAreDeletedNewerOnesKept() {
        events.firstSeen("EvYesterday", NOW.minus(Duration.ofHours(25)));
        events.firstSeen("EvToday", NOW.minus(Duration.ofHours(23)));
        sent("release:old", NOW.minus(Duration.ofDays(181)));
        sent("release:recent", NOW.minus(Duration.ofDays(179)));

        assertThat(new PruneOldRecords(events, outbox, clock).pruneAll()).isEqualTo(new PruneOldRecords.Pruned(1, 1));

        assertThat(events.firstSeen("EvYesterday", NOW)).isTrue();
        assertThat(events.firstSeen("EvToday", NOW)).isFalse();
        assertThat(outbox.find("release:old")).isEmpty();
        assertThat(outbox.find("release:recent")).isPresent();
    }
}
