package dev.onboardingbuddy.msteams;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.People;
import dev.onboardingbuddy.enrollment.Platform;
import java.util.Optional;

/**
 * {@link People} as Teams tells the bot about them: the name and the time zone ({@code clientInfo}) of each person's
 * latest activity. Asks nothing remote, so it also serves to tell an admin listed by Entra object id. Thread-safe.
 */
public final class TeamsPeople implements People {
    private final TeamsDirectory directory;

    public TeamsPeople(TeamsDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Optional<Person> find(ChatUserId user) {
        return directory
                .find(user.value())
                .map(entry -> new Person(user, entry.name(), entry.timeZone().flatMap(People::zone), false));
    }

    /**
     * Only people the bot has met (an install, a message, a team it is in) and whose address it read from the
     * Connector: the Bot Connector cannot search a tenant's directory; that would take Microsoft Graph.
     */
    @Override
    public Optional<ChatUserId> findByEmail(String email) {
        return directory.findByAddress(email).map(ChatUserId::msteams);
    }

    /** The Entra object id behind a Teams user, which admins may be listed by. */
    public Optional<ChatUserId> directoryIdOf(ChatUserId user) {
        // Only a Teams user has an Entra id here; asking for a Slack caller cost every Slack status a query.
        if (user.platform() != Platform.MSTEAMS) {
            return Optional.empty();
        }
        return directory
                .find(user.value())
                .flatMap(TeamsDirectory.Entry::aadObjectId)
                .map(ChatUserId::msteams);
    }
}
