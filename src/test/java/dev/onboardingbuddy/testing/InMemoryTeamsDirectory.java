package dev.onboardingbuddy.testing;

import dev.onboardingbuddy.msteams.TeamsDirectory;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link TeamsDirectory} in a map, for tests; proven by {@link TeamsDirectoryContract}. Thread-safe. */
public final class InMemoryTeamsDirectory implements TeamsDirectory {
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  @Override
  public void remember(Entry seen, Instant at) {
    entries.merge(seen.userId(), seen, (old, now) -> new Entry(now.userId(),
        now.aadObjectId().or(old::aadObjectId), now.name().isBlank() ? old.name() : now.name(), now.serviceUrl(),
        now.tenantId().or(old::tenantId), now.conversationId().or(old::conversationId),
        now.timeZone().or(old::timeZone)));
  }

  @Override
  public Optional<Entry> find(String userId) {
    return Optional.ofNullable(entries.get(userId));
  }
}
