package dev.onboardingbuddy.testing;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.ManagerGrants;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@link ManagerGrants} in a concurrent map; passes {@link ManagerGrantsContract}. Thread-safe. */
public final class InMemoryManagerGrants implements ManagerGrants {
    private final Map<ChatUserId, ChatUserId> grantedBy = new ConcurrentHashMap<>();

    @Override
    public boolean grant(ChatUserId person, ChatUserId by, Instant at) {
        return grantedBy.putIfAbsent(person, by) == null;
    }

    @Override
    public boolean revoke(ChatUserId person) {
        return grantedBy.remove(person) != null;
    }

    @Override
    public boolean isGranted(ChatUserId person) {
        return grantedBy.containsKey(person);
    }

    @Override
    public List<ChatUserId> granted() {
        return grantedBy.keySet().stream()
                .sorted(Comparator.comparing(ChatUserId::stored))
                .toList();
    }
}
