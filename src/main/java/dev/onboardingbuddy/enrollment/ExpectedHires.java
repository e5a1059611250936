package dev.onboardingbuddy.enrollment;

import java.util.List;
import java.util.Optional;

/**
 * Hires HR announced, enrolled or not yet. At most one expected (not yet enrolled) hire per e-mail address and per
 * chat id, even under concurrent requests. Implementations are thread-safe and join the caller's transaction.
 */
public interface ExpectedHires {

    /** @throws AlreadyExpectedException when an expected hire has the same address or chat id */
    void add(ExpectedHire hire);

    Optional<ExpectedHire> find(HireId id);

    /** The expected hire (still waiting) with this address, ignoring case. */
    Optional<ExpectedHire> waitingFor(String email);

    /** The expected hire (still waiting) HR named by this chat id. */
    Optional<ExpectedHire> waitingFor(ChatUserId user);

    /** Every hire still waiting, oldest first. */
    List<ExpectedHire> waiting();

    /** Replaces the request, status and problem of a stored hire. */
    void update(ExpectedHire hire);

    /**
     * Records why the hire could not be enrolled, only while they are still expected: a try that lost a race with
     * the enrolment must not write its stale copy back over it.
     */
    void recordProblem(HireId id, String problem);
}
