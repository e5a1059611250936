package dev.onboardingbuddy.testing;

import dev.onboardingbuddy.enrollment.AuditEntry;
import dev.onboardingbuddy.enrollment.AuditTrail;
import dev.onboardingbuddy.enrollment.ChatUserId;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** {@link AuditTrail} in an append-only list; passes {@link AuditTrailContract}. Thread-safe. */
public final class InMemoryAuditTrail implements AuditTrail {
    private final List<AuditEntry> entries = new CopyOnWriteArrayList<>();

    @Override
    public void record(AuditEntry entry) {
        entries.add(entry);
    }

    /** A stable sort keeps recording order among equal instants, as the table's id does. */
    @Override
    public List<AuditEntry> about(ChatUserId subject) {
        return entries.stream()
                .filter(entry -> entry.subject().equals(subject))
                .sorted(Comparator.comparing(AuditEntry::at))
                .toList();
    }
}
