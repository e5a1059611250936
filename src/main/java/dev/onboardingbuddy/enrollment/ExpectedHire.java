package dev.onboardingbuddy.enrollment;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A hire HR announced. While {@link Status#EXPECTED} the person has not been found in the workspace; once they are,
 * they are enrolled under the same {@link #id}, so the id an HR system got back keeps naming the enrolment, and the
 * record stays as {@link Status#ENROLLED} to remember the e-mail address HR knows them by.
 *
 * @param problem why the last try to enrol them failed (a manager who cannot be found, say), for the admins
 */
public record ExpectedHire(
        HireId id, HireRequest request, Status status, Actor createdBy, Instant createdAt, Optional<String> problem) {

    public enum Status {
        EXPECTED,
        ENROLLED,
        CANCELLED
    }

    public ExpectedHire {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
        problem = problem == null ? Optional.empty() : problem;
    }

    public static ExpectedHire expected(HireRequest request, Actor createdBy, Instant at) {
        return new ExpectedHire(HireId.random(), request, Status.EXPECTED, createdBy, at, Optional.empty());
    }

    /** The address HR knows the hire by, if they gave one. */
    public Optional<String> email() {
        return request.hire().email();
    }

    public boolean isWaiting() {
        return status == Status.EXPECTED;
    }

    public ExpectedHire with(Status newStatus) {
        return new ExpectedHire(id, request, newStatus, createdBy, createdAt, problem);
    }

    public ExpectedHire with(HireRequest changed) {
        return new ExpectedHire(id, changed, status, createdBy, createdAt, problem);
    }

    public ExpectedHire withProblem(Optional<String> why) {
        return new ExpectedHire(id, request, status, createdBy, createdAt, why);
    }
}
