package dev.onboardingbuddy.enrollment;

import java.util.Set;

/**
 * Who may do what: admins everything; a manager enrols and manages their own hires and sees them; a hire sees
 * themselves.
 */
public record AccessPolicy(Set<ChatUserId> admins) {
  public AccessPolicy {
    admins = Set.copyOf(admins);
  }

  public boolean isAdmin(ChatUserId user) {
    return admins.contains(user);
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
}
