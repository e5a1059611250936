package dev.onboardingbuddy.testing;

import dev.onboardingbuddy.notification.ProcessedEvents;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link ProcessedEvents} in a concurrent map; passes {@link ProcessedEventsContract}. Thread-safe. */
public final class InMemoryProcessedEvents implements ProcessedEvents {

    private final Map<String, Instant> seen = new ConcurrentHashMap<>();

    @Override
    public boolean firstSeen(String eventId, Instant at) {
        return seen.putIfAbsent(eventId, at) == null;
    }

    @Override
    public int forgetBefore(Instant before) {
        int forgotten = 0;
        for (var id = seen.entrySet().iterator(); id.hasNext(); ) {
            if (id.next().getValue().isBefore(before)) {
                id.remove();
                forgotten++;
            }
        }
        return forgotten;
    }
}
