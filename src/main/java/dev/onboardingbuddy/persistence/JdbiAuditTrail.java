package dev.onboardingbuddy.persistence;

import dev.onboardingbuddy.enrollment.Actor;
import dev.onboardingbuddy.enrollment.AuditAction;
import dev.onboardingbuddy.enrollment.AuditEntry;
import dev.onboardingbuddy.enrollment.AuditTrail;
import dev.onboardingbuddy.enrollment.ChatUserId;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The audit trail in {@code audit_trail}: INSERT and SELECT only. Keep it so: an UPDATE or DELETE here would make the
 * trail editable, and {@code AuditTrailContract} checks that no statement of this class changes a row.
 */
public final class JdbiAuditTrail implements AuditTrail {
    private final Jdbi jdbi;

    public JdbiAuditTrail(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void record(AuditEntry entry) {
        jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO audit_trail (recorded_at, actor, action, subject, "
                        + "related, detail) VALUES (:at, :actor, :action, :subject, :related, :detail)")
                .bind("at", entry.at())
                .bind("actor", entry.actor().stored())
                .bind("action", entry.action().name())
                .bind("subject", entry.subject().stored())
                .bind("related", entry.related().map(ChatUserId::stored).orElse(null))
                .bind("detail", entry.detail())
                .execute());
    }

    @Override
    public List<AuditEntry> about(ChatUserId subject) {
        return List.copyOf(jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT recorded_at, actor, action, subject, related, detail "
                                + "FROM audit_trail WHERE subject = :subject ORDER BY recorded_at, id")
                .bind("subject", subject.stored())
                .map((row, context) -> new AuditEntry(
                        UtcInstants.read(row, "recorded_at"),
                        Actor.fromStored(row.getString("actor")),
                        AuditAction.valueOf(row.getString("action")),
                        ChatUserId.fromStored(row.getString("subject")),
                        Optional.ofNullable(row.getString("related")).map(ChatUserId::fromStored),
                        row.getString("detail")))
                .list()));
    }
}
