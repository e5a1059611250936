package dev.onboardingbuddy.enrollment;

import java.util.List;

/** {@code status @hire history}: the audit trail of one hire, for admins and the hire's manager. Thread-safe. */
public final class EnrolmentHistory {
    private final HireRepository hires;
    private final AuditTrail audit;
    private final AccessPolicy access;

    public EnrolmentHistory(HireRepository hires, AuditTrail audit, AccessPolicy access) {
        this.hires = hires;
        this.audit = audit;
        this.access = access;
    }

    /**
     * Every recorded change about the hire, oldest first, across their enrolments. Admins may read the trail of anyone
     * (a cancelled enrolment included); a manager that of their open hire.
     *
     * @throws EnrollmentRefused alike whether the person is not enrolled or the caller may not read it
     */
    public List<AuditEntry> of(ChatUserId caller, ChatUserId user) {
        boolean allowed = access.isAdmin(caller)
                || hires.findOpenByUser(user)
                        .filter(hire -> access.mayReadHistory(caller, hire))
                        .isPresent();
        if (!allowed) {
            throw new EnrollmentRefused(new Refusal.MayNotReadHistory(user));
        }
        return audit.about(user);
    }
}
