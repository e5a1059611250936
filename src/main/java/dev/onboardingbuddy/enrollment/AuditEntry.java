package dev.onboardingbuddy.enrollment;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the audit trail: who did what to whom, when. Entries are never changed once recorded.
 *
 * @param subject the hire whose enrolment changed, or the person made (or no longer) a manager
 * @param related another person the change names, such as the manager a hire was enrolled with
 * @param detail the new value in words, such as the template and start date; empty when the action says it all
 */
public record AuditEntry(
        Instant at, Actor actor, AuditAction action, ChatUserId subject, Optional<ChatUserId> related, String detail) {
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        related = related == null ? Optional.empty() : related;
        detail = detail == null ? "" : detail;
    }

    public static AuditEntry of(Instant at, Actor actor, AuditAction action, ChatUserId subject) {
        return new AuditEntry(at, actor, action, subject, Optional.empty(), "");
    }
}
