package dev.onboardingbuddy.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Deletes records nobody needs any more, so that the tables stop growing with every event and message. */
public final class PruneOldRecords {
    /** Slack retries an event three times within about an hour; a day later its id can never come back. */
    static final Duration EVENT_IDS_KEPT = Duration.ofDays(1);
    /**
     * Sent messages outlive every programme (90 days plus the reminders' grace): their idempotency keys are what keeps
     * a reminder or release from being sent again, and hires reply in their threads.
     */
    static final Duration SENT_MESSAGES_KEPT = Duration.ofDays(180);

    private final ProcessedEvents events;
    private final Outbox outbox;
    private final Clock clock;

    public PruneOldRecords(ProcessedEvents events, Outbox outbox, Clock clock) {
        this.events = events;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** What one run deleted. */
    public record Pruned(int eventIds, int sentMessages) {}

    public Pruned pruneAll() {
        Instant now = clock.instant();
        return new Pruned(
                events.forgetBefore(now.minus(EVENT_IDS_KEPT)), outbox.purgeSentBefore(now.minus(SENT_MESSAGES_KEPT)));
    }
}
