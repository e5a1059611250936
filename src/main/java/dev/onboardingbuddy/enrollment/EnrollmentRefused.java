package dev.onboardingbuddy.enrollment;

/** A request about enrolments that cannot be done as asked; the message is written for the person who asked. */
public final class EnrollmentRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public EnrollmentRefused(String message) {
    super(message);
  }
}
