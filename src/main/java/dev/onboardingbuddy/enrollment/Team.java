package dev.onboardingbuddy.enrollment;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A team's directory entry: where its manager reminders go and who fills each counterpart role a hire should meet.
 *
 * @param managerChannel the team's channel for manager reminders, instead of the configured default
 */
public record Team(String id, String name, Optional<String> managerChannel, List<TeamMember> members) {
  public Team {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    managerChannel = managerChannel == null ? Optional.empty() : managerChannel;
    members = List.copyOf(members);
  }

  /** Who fills the role, matched without regard to case ("QA Engineer" = "qa engineer"). */
  public Optional<TeamMember> filling(String role) {
    String wanted = role.strip().toLowerCase(Locale.ROOT);
    return members.stream().filter(member -> member.role().strip().toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst();
  }
}
