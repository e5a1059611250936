package dev.onboardingbuddy.testing;

import dev.onboardingbuddy.msteams.TeamsDirectory;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link TeamsDirectory} in a map, for tests; proven by {@link TeamsDirectoryContract}. Thread-safe. */
public final class InMemoryTeamsDirectory implements TeamsDirectory {
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    @Override
    public void remember(Entry seen, Instant at) {
        entries.merge(
                seen.userId(),
                seen,
                (old, now) -> new Entry(
                        now.userId(),
                        now.aadObjectId().or(old::aadObjectId),
                        now.name().isBlank() ? old.name() : now.name(),
                        now.serviceUrl(),
                        now.tenantId().or(old::tenantId),
                        now.conversationId().or(old::conversationId),
                        now.timeZone().or(old::timeZone)));
    }

    @Override
    public Optional<Entry> find(String userId) {
        return Optional.ofNullable(entries.get(userId));
    }

    private final Map<String, String[]> addresses = new ConcurrentHashMap<>();

    @Override
    public void rememberAddresses(
            String userId, String serviceUrl, Optional<String> email, Optional<String> upn, Instant at) {
        entries.putIfAbsent(
                userId,
                new Entry(
                        userId,
                        Optional.empty(),
                        "",
                        serviceUrl,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()));
        addresses.merge(userId, new String[] {lower(email), lower(upn)}, (old, now) ->
                new String[] {now[0] != null ? now[0] : old[0], now[1] != null ? now[1] : old[1]});
    }

    @Override
    public Optional<String> findByAddress(String address) {
        String wanted = address.strip().toLowerCase(Locale.ROOT);
        return addresses.entrySet().stream()
                .filter(entry -> wanted.equals(entry.getValue()[0]) || wanted.equals(entry.getValue()[1]))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    private static String lower(Optional<String> address) {
        return address.map(value -> value.strip().toLowerCase(Locale.ROOT)).orElse(null);
    }
}
