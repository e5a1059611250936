package dev.onboardingbuddy.persistence;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.home.HomeViewers;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/** Home viewers in {@code home_viewers}, one row per person, kept from their first open. Thread-safe. */
public final class JdbiHomeViewers implements HomeViewers {
    /** Bound parameters per query: a refresh round may ask about a thousand people after a burst of enrolments. */
    private static final int PEOPLE_PER_QUERY = 500;

    private final Jdbi jdbi;
    private final DatabaseVendor vendor;

    public JdbiHomeViewers(Jdbi jdbi, DatabaseVendor vendor) {
        this.jdbi = jdbi;
        this.vendor = vendor;
    }

    /** Same pattern as {@link JdbiProcessedEvents#firstSeen}: ON CONFLICT on PostgreSQL, the caught violation on H2. */
    @Override
    public void opened(ChatUserId person, Instant at) {
        String onConflict = vendor == DatabaseVendor.POSTGRESQL ? " ON CONFLICT (person) DO NOTHING" : "";
        try {
            jdbi.useHandle(handle -> handle.createUpdate(
                            "INSERT INTO home_viewers (person, first_opened_at) VALUES (:person, :at)" + onConflict)
                    .bind("person", person.stored())
                    .bind("at", at)
                    .execute());
        } catch (JdbiException e) {
            if (!SqlErrors.violates(e, "home_viewers")) {
                throw e;
            }
        }
    }

    @Override
    public Set<ChatUserId> amongst(Collection<ChatUserId> people) {
        List<String> stored = people.stream().map(ChatUserId::stored).distinct().toList();
        Set<ChatUserId> viewers = new HashSet<>();
        for (int from = 0; from < stored.size(); from += PEOPLE_PER_QUERY) {
            List<String> chunk = stored.subList(from, Math.min(stored.size(), from + PEOPLE_PER_QUERY));
            jdbi.useHandle(handle -> handle.createQuery("SELECT person FROM home_viewers WHERE person IN (<people>)")
                    .bindList("people", chunk)
                    .mapTo(String.class)
                    .forEach(person -> viewers.add(ChatUserId.fromStored(person))));
        }
        return viewers;
    }
}
