package dev.onboardingbuddy.notification;

import java.time.Instant;

/**
 * Remembers which inbound platform events (Slack {@code event_id}s) were handled, across restarts and instances,
 * because Slack retries deliveries and Bolt does not deduplicate them.
 */
public interface ProcessedEvents {

    /** Records the id; true the first time it is seen, false on every later call with the same id. */
    boolean firstSeen(String eventId, Instant at);

    /**
     * Forgets the ids seen before {@code before}; one seen again afterwards counts as first seen. Safe once they are
     * past the platform's retry window (Slack: three retries within about an hour).
     *
     * @return how many were forgotten
     */
    int forgetBefore(Instant before);
}
