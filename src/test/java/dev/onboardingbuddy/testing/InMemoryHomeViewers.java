package dev.onboardingbuddy.testing;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.home.HomeViewers;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** A {@link HomeViewers} in a concurrent map; passes {@link HomeViewersContract}. Thread-safe. */
public final class InMemoryHomeViewers implements HomeViewers {

    private final Map<ChatUserId, Instant> firstOpened = new ConcurrentHashMap<>();

    @Override
    public void opened(ChatUserId person, Instant at) {
        firstOpened.putIfAbsent(person, at);
    }

    @Override
    public Set<ChatUserId> amongst(Collection<ChatUserId> people) {
        return people.stream().filter(firstOpened::containsKey).collect(Collectors.toSet());
    }
}
