package dev.onboardingbuddy.testing;

import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.reminders.ReminderLedger;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** {@link ReminderLedger} in a concurrent map; passes {@link ReminderLedgerContract}. Thread-safe. */
public final class InMemoryReminderLedger implements ReminderLedger {
    private final Map<HireId, Map<String, String>> byHire = new ConcurrentHashMap<>();

    @Override
    public Set<String> posted(HireId hire) {
        return Set.copyOf(byHire.getOrDefault(hire, Map.of()).keySet());
    }

    @Override
    public void record(HireId hire, Collection<String> occurrenceKeys, String postKey, Instant at) {
        Map<String, String> posts = byHire.computeIfAbsent(hire, id -> new ConcurrentHashMap<>());
        occurrenceKeys.forEach(occurrence -> posts.putIfAbsent(occurrence, postKey));
    }
}
