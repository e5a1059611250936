package dev.onboardingbuddy.persistence;

import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.reminders.ReminderLedger;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/**
 * The ledger in {@code reminder_posts}. Callers record inside the transaction that queues the post, which is what
 * makes a post and its ledger rows appear together or not at all.
 */
public final class JdbiReminderLedger implements ReminderLedger {
    private final Jdbi jdbi;

    public JdbiReminderLedger(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Set<String> posted(HireId hire) {
        return jdbi.withHandle(handle -> handle
                .createQuery("SELECT occurrence_key FROM reminder_posts WHERE hire_id = :hire")
                .bind("hire", hire.value())
                .mapTo(String.class)
                .stream()
                .collect(Collectors.toSet()));
    }

    @Override
    public void record(HireId hire, Collection<String> occurrenceKeys, String postKey, Instant at) {
        jdbi.useHandle(handle -> {
            for (String occurrence : occurrenceKeys) {
                handle.createUpdate(
                                "INSERT INTO reminder_posts (hire_id, occurrence_key, post_key, posted_at)"
                                        + " SELECT :hire, :occurrence, :post, :at FROM (VALUES (0)) AS one (x) WHERE NOT EXISTS"
                                        + " (SELECT 1 FROM reminder_posts WHERE hire_id = :hire AND occurrence_key = :occurrence)")
                        .bind("hire", hire.value())
                        .bind("occurrence", occurrence)
                        .bind("post", postKey)
                        .bind("at", at)
                        .execute();
            }
        });
    }
}
