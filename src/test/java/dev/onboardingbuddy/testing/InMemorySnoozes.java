package dev.onboardingbuddy.testing;

import dev.onboardingbuddy.checklist.ItemKey;
import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.reminders.Snoozes;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@link Snoozes} in a concurrent map; passes {@link SnoozesContract}. Thread-safe. */
public final class InMemorySnoozes implements Snoozes {

    private final Map<HireId, Map<ItemKey, Instant>> byHire = new ConcurrentHashMap<>();

    @Override
    public void snooze(HireId hire, ItemKey item, Instant until) {
        byHire.computeIfAbsent(hire, id -> new ConcurrentHashMap<>()).put(item, until);
    }

    @Override
    public Map<ItemKey, Instant> of(HireId hire) {
        return Map.copyOf(byHire.getOrDefault(hire, Map.of()));
    }
}
