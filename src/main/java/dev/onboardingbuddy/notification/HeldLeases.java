package dev.onboardingbuddy.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The leases one dispatcher holds on entries it claimed and has not recorded yet, each under the name of its claim,
 * with when it is known to end: what the heartbeat renews, and what a send checks before it starts. Thread-safe.
 */
final class HeldLeases {
    /** A lease confirmed this recently is not renewed again before a send. */
    private static final Duration FRESH = Duration.ofSeconds(1);

    private final Outbox outbox;
    private final Clock clock;
    private final Duration lease;
    private final Map<Long, Held> held = new ConcurrentHashMap<>();

    private record Held(String claim, Instant leaseEnds) {}

    HeldLeases(Outbox outbox, Clock clock, Duration lease) {
        this.outbox = outbox;
        this.clock = clock;
        this.lease = lease;
    }

    void claimed(List<OutboxEntry> entries, String claim, Instant claimedAt) {
        entries.forEach(entry -> held.put(entry.id(), new Held(claim, claimedAt.plus(lease))));
    }

    void released(long id) {
        held.remove(id);
    }

    /** When the entry's lease is known to end; {@link Instant#MIN} when it is not (or no longer) ours. */
    Instant leaseEnds(long id) {
        Held known = held.get(id);
        return known == null ? Instant.MIN : known.leaseEnds();
    }

    /** The heartbeat: extends every held lease; one found no longer ours is marked lost, so it is not sent. */
    void renewAll() {
        Instant now = clock.instant();
        Map<String, List<Long>> byClaim = held.entrySet().stream()
                .collect(Collectors.groupingBy(
                        entry -> entry.getValue().claim(), Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
        for (var claim : byClaim.entrySet()) {
            var renewed = outbox.renew(claim.getValue(), claim.getKey(), now.plus(lease));
            for (Long id : claim.getValue()) {
                held.computeIfPresent(
                        id,
                        (unused, was) -> new Held(was.claim(), renewed.contains(id) ? now.plus(lease) : Instant.MIN));
            }
        }
    }

    /** Whether the entry's lease is still ours for nearly a full lease from now, renewing it if need be. */
    boolean heldForALease(long id, String claim) {
        Instant now = clock.instant();
        if (!leaseEnds(id).isBefore(now.plus(lease).minus(FRESH))) {
            return true;
        }
        if (!outbox.renew(List.of(id), claim, now.plus(lease)).contains(id)) {
            return false; // taken over while its batch was busy: the new owner sends it
        }
        held.computeIfPresent(id, (unused, was) -> new Held(claim, now.plus(lease)));
        return true;
    }
}
