package dev.onboardingbuddy.enrollment;

/** What an audit entry records: a change to an enrolment, or to who may enrol. */
public enum AuditAction {
    ENROLLED,
    PAUSED,
    RESUMED,
    CANCELLED,
    MOVED,
    /** The hire's manager was replaced; {@link AuditEntry#related} is the new manager. */
    MANAGER_CHANGED,
    MANAGER_GRANTED,
    MANAGER_REVOKED
}
