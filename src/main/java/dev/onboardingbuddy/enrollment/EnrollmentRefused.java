package dev.onboardingbuddy.enrollment;

import java.util.Objects;

/** A request about enrolments that cannot be done as asked; the {@link Refusal} says why. */
public final class EnrollmentRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Refusal reason;

    public EnrollmentRefused(Refusal reason) {
        super(reason.toString(), null, false, false);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Refusal reason() {
        return reason;
    }
}
