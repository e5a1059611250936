package dev.onboardingbuddy.enrollment;

import java.util.Set;

/**
 * The managers the installation knows, who may enrol their own hires once admins are set: listed in
 * ONBOARDING_MANAGERS, in a team file's {@code managers:}, or granted by an admin. Thread-safe.
 */
public final class KnownManagers {
    private final Set<ChatUserId> listed;
    private final TeamDirectory teams;
    private final ManagerGrants grants;

    public KnownManagers(Set<ChatUserId> listed, TeamDirectory teams, ManagerGrants grants) {
        this.listed = Set.copyOf(listed);
        this.teams = teams;
        this.grants = grants;
    }

    public boolean isManager(ChatUserId person) {
        return isConfigured(person) || grants.isGranted(person);
    }

    /** Listed in settings or a team file: a grant cannot add or remove such a manager. */
    public boolean isConfigured(ChatUserId person) {
        return listed.contains(person) || teams.managers().contains(person);
    }

    public ManagerGrants grants() {
        return grants;
    }
}
