package dev.onboardingbuddy.reminders;

import dev.onboardingbuddy.enrollment.HireId;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/**
 * Which manager reminder occurrences were queued in which daily post, so that each is listed once and an overdue
 * reminder is numbered by how many the manager actually got. Implementations are thread-safe.
 */
public interface ReminderLedger {

    /** The occurrence keys ({@link dev.onboardingbuddy.timeline.PlannedReminder#occurrenceKey()}) already posted. */
    Set<String> posted(HireId hire);

    /** Records that these occurrences went into the post with this outbox key; an occurrence recorded before stays. */
    void record(HireId hire, Collection<String> occurrenceKeys, String postKey, Instant at);
}
