package dev.onboardingbuddy.reminders;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.Platform;
import dev.onboardingbuddy.enrollment.Team;
import dev.onboardingbuddy.enrollment.TeamDirectory;
import dev.onboardingbuddy.enrollment.TeamMember;
import dev.onboardingbuddy.notification.Recipient;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a hire's reminders go and whom they should meet: the enrolment's own manager channel, else their team's,
 * else the configured default; the team directory names the people behind counterpart roles. When they may go is
 * {@link SendWindow}'s to say.
 */
public final class ReminderRouting {
    private final TeamDirectory teams;
    private final Map<Platform, String> defaultManagerChannels;

    /** @param defaultManagerChannels the configured managers' channel of each platform the installation serves */
    public ReminderRouting(TeamDirectory teams, Map<Platform, String> defaultManagerChannels) {
        this.teams = teams;
        this.defaultManagerChannels = Map.copyOf(defaultManagerChannels);
    }

    /** Everyone the hire's team names (managers, leads, counterparts), to whom the bot may write about the hire. */
    public List<ChatUserId> teamMembersOf(Hire hire) {
        return teamMembersOf(hire.team());
    }

    /** The members of this team, by its id; nobody for no team or one the directory no longer has. */
    public List<ChatUserId> teamMembersOf(Optional<String> teamId) {
        return teamId.flatMap(teams::find)
                .map(team -> team.members().stream().map(TeamMember::person).toList())
                .orElse(List.of());
    }

    /**
     * @throws IllegalStateException when the hire's platform has no managers' channel configured, which the
     *     settings rule out for every platform the installation serves
     */
    public Recipient managerChannel(Hire hire) {
        Platform platform = hire.user().platform();
        return new Recipient.Channel(
                platform,
                hire.managerChannel()
                        .or(() -> hire.team().flatMap(teams::find).flatMap(Team::managerChannel))
                        .or(() -> Optional.ofNullable(defaultManagerChannels.get(platform)))
                        .orElseThrow(() -> new IllegalStateException(
                                "no managers' channel is configured for " + platform.displayName())));
    }

    /** The person who fills the counterpart role of a relationship item, if the hire's team names one. */
    public Optional<TeamMember> counterpart(Hire hire, String role) {
        return hire.team().flatMap(teams::find).flatMap(team -> team.filling(role));
    }
}
