package dev.onboardingbuddy.enrollment;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A team's directory entry: where its manager reminders go and who fills each counterpart role a hire should meet.
 *
 * @param managerChannel the team's channel for manager reminders, instead of the configured default
 * @param managers people who may enrol hires once admins are set, as if listed in ONBOARDING_MANAGERS
 * @param leads people who see the hires of this team but change nothing
 */
public record Team(
        String id,
        String name,
        Optional<String> managerChannel,
        List<TeamMember> members,
        List<ChatUserId> managers,
        List<ChatUserId> leads) {
    public Team {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        managerChannel = managerChannel == null ? Optional.empty() : managerChannel;
        members = List.copyOf(members);
        managers = List.copyOf(managers);
        leads = List.copyOf(leads);
    }

    public Team(String id, String name, Optional<String> managerChannel, List<TeamMember> members) {
        this(id, name, managerChannel, members, List.of(), List.of());
    }

    /** Who fills the role, matched without regard to case ("QA Engineer" = "qa engineer"). */
    public Optional<TeamMember> filling(String role) {
        String wanted = role.strip().toLowerCase(Locale.ROOT);
        return members.stream()
                .filter(member -> member.role().strip().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }
}
