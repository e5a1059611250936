package dev.onboardingbuddy.enrollment;

import java.util.List;

/**
 * The append-only record of changes to enrolments and roles. There is deliberately no way to change or remove an
 * entry: a trail that can be edited proves nothing. Recording joins the caller's transaction, so an entry exists
 * exactly when its change does. Implementations are thread-safe.
 */
public interface AuditTrail {

    void record(AuditEntry entry);

    /** Every entry about the person, oldest first (in recording order when instants tie). */
    List<AuditEntry> about(ChatUserId subject);
}
