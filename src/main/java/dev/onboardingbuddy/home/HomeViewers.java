package dev.onboardingbuddy.home;

import dev.onboardingbuddy.enrollment.ChatUserId;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/**
 * The people who have opened their home at least once, on any instance. Only their homes are refreshed when a hire
 * changes: anyone else's home is published when they first open it, with the state of that moment.
 */
public interface HomeViewers {

    /** Records that the person opened their home; opening it again changes nothing. */
    void opened(ChatUserId person, Instant at);

    /** Those of {@code people} who have ever opened their home. */
    Set<ChatUserId> amongst(Collection<ChatUserId> people);
}
