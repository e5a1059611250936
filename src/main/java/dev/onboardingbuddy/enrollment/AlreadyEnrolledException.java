package dev.onboardingbuddy.enrollment;

/** The person is already on a programme; enrolling them again would double every message. */
public final class AlreadyEnrolledException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AlreadyEnrolledException(ChatUserId user) {
    super("<@" + user.value() + "> is already enrolled");
  }
}
