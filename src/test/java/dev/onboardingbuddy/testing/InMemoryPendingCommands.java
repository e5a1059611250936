package dev.onboardingbuddy.testing;

import dev.onboardingbuddy.conversation.PendingCommands;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link PendingCommands} in a map; passes {@link PendingCommandsContract}. Thread-safe (one lock). */
public final class InMemoryPendingCommands implements PendingCommands {
    private final Map<String, Pending> commands = new LinkedHashMap<>();
    private final Map<String, Instant> claimedUntil = new LinkedHashMap<>();

    @Override
    public synchronized void add(Pending command, Instant until) {
        if (commands.putIfAbsent(command.id(), command) != null) {
            throw new IllegalStateException("a pending command with id " + command.id() + " exists");
        }
        claimedUntil.put(command.id(), until);
    }

    @Override
    public synchronized List<Pending> claimAbandoned(Instant now, Instant until, int limit) {
        List<Pending> abandoned = commands.values().stream()
                .filter(command -> !claimedUntil.get(command.id()).isAfter(now))
                .sorted(Comparator.comparing(Pending::receivedAt).thenComparing(Pending::id))
                .limit(limit)
                .toList();
        abandoned.forEach(command -> claimedUntil.put(command.id(), until));
        return abandoned;
    }

    @Override
    public synchronized void finish(String id) {
        commands.remove(id);
        claimedUntil.remove(id);
    }
}
