package dev.onboardingbuddy.enrollment;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The teams the bot knows, by id. Immutable, so safe to share between threads. */
public final class TeamDirectory {
    private final Map<String, Team> byId = new TreeMap<>();

    public TeamDirectory(Collection<Team> teams) {
        for (Team team : teams) {
            if (byId.putIfAbsent(team.id(), team) != null) {
                throw new IllegalArgumentException("team '" + team.id() + "' is given twice");
            }
        }
    }

    public static TeamDirectory empty() {
        return new TeamDirectory(List.of());
    }

    public Optional<Team> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** For ids typed by people: the message lists what they could have typed. */
    public Team require(String id) {
        Team team = byId.get(id);
        if (team == null) {
            throw new IllegalArgumentException("unknown team '" + id + "'; choose one of: "
                    + (byId.isEmpty() ? "(none configured in config/teams)" : String.join(", ", ids())));
        }
        return team;
    }

    /** Everyone a team file lists under {@code managers:}. */
    public Set<ChatUserId> managers() {
        return byId.values().stream().flatMap(team -> team.managers().stream()).collect(Collectors.toSet());
    }

    /** The ids of the teams the person leads. */
    public Set<String> ledBy(ChatUserId person) {
        return byId.values().stream()
                .filter(team -> team.leads().contains(person))
                .map(Team::id)
                .collect(Collectors.toSet());
    }

    public SortedSet<String> ids() {
        return new TreeSet<>(byId.keySet());
    }
}
