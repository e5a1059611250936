package dev.onboardingbuddy.enrollment;

import dev.onboardingbuddy.transactions.Transactions;
import java.time.Clock;
import java.util.List;

/**
 * {@code managers add|remove|list}: admins grant and revoke the right to enrol, each change recorded in the audit
 * trail in its transaction. Managers listed in settings or team files are changed there, not here. Thread-safe.
 */
public final class ManageManagers {
    private final AccessPolicy access;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public ManageManagers(AccessPolicy access, Transactions transactions, AuditTrail audit, Clock clock) {
        this.access = access;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The managers the installation knows, as an admin sees them. */
    public record Roster(List<ChatUserId> granted, boolean adminsSet) {
        public Roster {
            granted = List.copyOf(granted);
        }
    }

    /** @return false when the person was a manager already, so nothing changed */
    public boolean add(ChatUserId caller, ChatUserId person) {
        requireAdmin(caller);
        if (access.isKnownManager(person)) {
            return false;
        }
        return transactions.inTransaction(() -> {
            boolean added = grants().grant(person, caller, clock.instant());
            if (added) {
                audit.record(AuditEntry.of(clock.instant(), caller, AuditAction.MANAGER_GRANTED, person));
            }
            return added;
        });
    }

    /**
     * @return false when the person had no grant
     * @throws EnrollmentRefused when the person is listed in settings or a team file, where the change belongs
     */
    public boolean remove(ChatUserId caller, ChatUserId person) {
        requireAdmin(caller);
        if (access.managers().isConfigured(person)) {
            throw new EnrollmentRefused(new Refusal.ConfiguredManager(person));
        }
        return transactions.inTransaction(() -> {
            boolean removed = grants().revoke(person);
            if (removed) {
                audit.record(AuditEntry.of(clock.instant(), caller, AuditAction.MANAGER_REVOKED, person));
            }
            return removed;
        });
    }

    public Roster list(ChatUserId caller) {
        requireAdmin(caller);
        return new Roster(grants().granted(), !access.admins().isEmpty());
    }

    private ManagerGrants grants() {
        return access.managers().grants();
    }

    private void requireAdmin(ChatUserId caller) {
        if (!access.isAdmin(caller)) {
            throw new EnrollmentRefused(new Refusal.MayNotGrant(access.adminsFor(caller)));
        }
    }
}
