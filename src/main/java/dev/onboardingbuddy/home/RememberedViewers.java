package dev.onboardingbuddy.home;

import dev.onboardingbuddy.enrollment.ChatUserId;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link HomeViewers} as the {@link HomeRefresher} uses them: nobody stops being a viewer, so a yes from the store is
 * remembered and only the others are asked about again (another instance may have seen them open theirs since). A
 * store that fails costs refreshes, never a publish someone asked for. Not thread-safe: the refresher's thread only.
 */
final class RememberedViewers {
    private static final Logger LOG = LoggerFactory.getLogger(RememberedViewers.class);

    private final HomeViewers store;
    private final Clock clock;
    private final Set<ChatUserId> known = new HashSet<>();

    RememberedViewers(HomeViewers store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Records who opened their home, so that other instances refresh it too. */
    void opened(Collection<ChatUserId> people) {
        for (ChatUserId person : people) {
            if (known.contains(person)) {
                continue;
            }
            try {
                store.opened(person, clock.instant());
                known.add(person);
            } catch (RuntimeException e) {
                LOG.warn("could not record that {} opened their home; it is published now all the same", person, e);
            }
        }
    }

    /** Those of {@code people} who have opened their home, asking the store only about those not known yet. */
    List<ChatUserId> among(Collection<ChatUserId> people, Predicate<ChatUserId> withAHome) {
        List<ChatUserId> unknown = people.stream()
                .filter(person -> withAHome.test(person) && !known.contains(person))
                .toList();
        if (!unknown.isEmpty()) {
            try {
                known.addAll(store.amongst(unknown));
            } catch (RuntimeException e) {
                LOG.warn("could not read who has opened their home; those homes are refreshed when next opened", e);
            }
        }
        return people.stream().filter(known::contains).toList();
    }
}
