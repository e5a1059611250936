package dev.onboardingbuddy.enrollment;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/** What a chat platform knows about a person. Implementations are thread-safe; lookups may call the platform. */
public interface People {

    /**
     * @return empty when the platform does not know the person
     * @throws RuntimeException when the platform could not be asked
     */
    Optional<Person> find(ChatUserId user);

    /**
     * The person with this e-mail address (or, on Teams, user principal name), ignoring case.
     *
     * @return empty when nobody in the workspace has it, or the platform cannot look people up by address
     * @throws RuntimeException when the platform could not be asked
     */
    default Optional<ChatUserId> findByEmail(String email) {
        return Optional.empty();
    }

    /**
     * @param zone the person's time zone, when their profile or client says one
     * @param deactivated whether the person has left (deactivated, removed from the workspace or tenant)
     */
    record Person(ChatUserId id, String displayName, Optional<ZoneId> zone, boolean deactivated) {}

    /** A zone id as a platform reports it; empty when blank or unknown to this JVM. */
    static Optional<ZoneId> zone(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException unknown) {
            return Optional.empty();
        }
    }

    /** Asks the platform each person belongs to. */
    static People byPlatform(Map<Platform, People> platforms) {
        Map<Platform, People> copy = Map.copyOf(platforms);
        return user -> Optional.ofNullable(copy.get(user.platform())).flatMap(people -> people.find(user));
    }
}
