package dev.onboardingbuddy.reminders;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.People;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The time zone each person is messaged in, from their chat profile through {@link People}, asked at most once a day
 * per person (the injected clock says when a day has passed). A profile that cannot be read, or that names no zone,
 * gives the caller's fallback (the hire's zone) and is logged. Thread-safe: two threads may ask the platform for the
 * same person at once, which costs one extra lookup and nothing else.
 */
public final class RecipientZones {
    static final Duration REFRESH = Duration.ofDays(1);
    /** A profile that could not be read is asked again sooner, but not on every job run. */
    static final Duration RETRY = Duration.ofHours(1);

    private static final Logger LOG = LoggerFactory.getLogger(RecipientZones.class);

    private final People people;
    private final Clock clock;
    private final Map<ChatUserId, Looked> cache = new ConcurrentHashMap<>();

    private record Looked(Optional<ZoneId> zone, Instant until) {}

    public RecipientZones(People people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    /** Everyone in the fallback zone: for installations and tests that know no profiles. */
    public static RecipientZones none() {
        return new RecipientZones(user -> Optional.empty(), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    }

    /** The person's own zone, or {@code fallback} when their profile says none or cannot be read. */
    public ZoneId zoneOf(ChatUserId person, ZoneId fallback) {
        Instant now = clock.instant();
        Looked looked = cache.get(person);
        if (looked == null || !now.isBefore(looked.until())) {
            looked = lookUp(person, now);
            cache.put(person, looked);
        }
        return looked.zone().orElse(fallback);
    }

    private Looked lookUp(ChatUserId person, Instant now) {
        try {
            return new Looked(people.find(person).flatMap(People.Person::zone), now.plus(REFRESH));
        } catch (RuntimeException unreadable) {
            LOG.warn(
                    "could not read the profile of {} for their time zone; using the hire's: {}",
                    person.stored(),
                    unreadable.toString());
            return new Looked(Optional.empty(), now.plus(RETRY));
        }
    }
}
