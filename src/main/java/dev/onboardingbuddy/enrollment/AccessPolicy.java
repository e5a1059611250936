package dev.onboardingbuddy.enrollment;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Who may do what: admins everything; a manager enrols and manages their own hires and sees them; a hire sees
 * themselves and completes their own items.
 *
 * @param directoryIdOf the other id a person is known by, such as the Entra object id behind a Teams user, so that
 *     an admin may be listed by either
 */
public record AccessPolicy(Set<ChatUserId> admins, Function<ChatUserId, Optional<ChatUserId>> directoryIdOf) {
  public AccessPolicy {
    admins = Set.copyOf(admins);
  }

  public AccessPolicy(Set<ChatUserId> admins) {
    this(admins, user -> Optional.empty());
  }

  public boolean isAdmin(ChatUserId user) {
    return admins.contains(user) || directoryIdOf.apply(user).map(admins::contains).orElse(false);
  }

  public boolean mayEnrol(ChatUserId caller, ChatUserId manager) {
    return isAdmin(caller) || caller.equals(manager);
  }

  public boolean mayManage(ChatUserId caller, Hire hire) {
    return isAdmin(caller) || caller.equals(hire.manager());
  }

  public boolean maySee(ChatUserId caller, Hire hire) {
    return mayManage(caller, hire) || caller.equals(hire.user());
  }

  /** The hire and their manager tick items, while the enrolment is open (an old message may outlive it). */
  public boolean mayComplete(ChatUserId caller, Hire hire) {
    return (hire.status() == HireStatus.ACTIVE || hire.status() == HireStatus.PAUSED)
        && (caller.equals(hire.user()) || caller.equals(hire.manager()));
  }

  /** Only the hire decides when to be reminded again. */
  public boolean maySnooze(ChatUserId caller, Hire hire) {
    return caller.equals(hire.user());
  }
}
