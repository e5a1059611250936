package dev.onboardingbuddy.enrollment;

import java.util.List;

/** A {@link HireRequest} that cannot be carried out as given; every problem found is listed, not just the first. */
public final class InvalidHireRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<HireProblem> problems;

    public InvalidHireRequest(List<HireProblem> problems) {
        super(problems.toString(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<HireProblem> problems() {
        return problems;
    }
}
