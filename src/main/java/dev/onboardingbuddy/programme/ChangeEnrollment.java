package dev.onboardingbuddy.programme;

import dev.onboardingbuddy.checklist.ChecklistTemplate;
import dev.onboardingbuddy.checklist.TemplateCatalog;
import dev.onboardingbuddy.enrollment.AccessPolicy;
import dev.onboardingbuddy.enrollment.Actor;
import dev.onboardingbuddy.enrollment.AuditAction;
import dev.onboardingbuddy.enrollment.AuditEntry;
import dev.onboardingbuddy.enrollment.AuditTrail;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.EnrollmentRefused;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.enrollment.HireRepository;
import dev.onboardingbuddy.enrollment.HireStatus;
import dev.onboardingbuddy.enrollment.Refusal;
import dev.onboardingbuddy.notification.Outbox;
import dev.onboardingbuddy.progress.ItemPlans;
import dev.onboardingbuddy.progress.ItemState;
import dev.onboardingbuddy.progress.ProgressRepository;
import dev.onboardingbuddy.timeline.CalendarCatalog;
import dev.onboardingbuddy.timeline.TimelinePlanner;
import dev.onboardingbuddy.transactions.Transactions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Pauses, resumes, cancels and moves an enrolment; only admins and the hire's manager may, and each change is
 * recorded in the audit trail in its own transaction. A pause holds the hire's
 * queued messages, a resume releases them, a cancel gives them up, each in the transaction of the status change, so
 * nothing queued before a pause or cancel reaches the hire after it.
 */
public final class ChangeEnrollment {
    private final HireRepository hires;
    private final ProgressRepository progress;
    private final TemplateCatalog templates;
    private final CalendarCatalog calendars;
    private final TimelinePlanner planner;
    private final Transactions transactions;
    private final AccessPolicy access;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    public ChangeEnrollment(
            HireRepository hires,
            ProgressRepository progress,
            TemplateCatalog templates,
            CalendarCatalog calendars,
            TimelinePlanner planner,
            Transactions transactions,
            AccessPolicy access,
            Outbox outbox,
            AuditTrail audit,
            Clock clock) {
        this.hires = hires;
        this.progress = progress;
        this.templates = templates;
        this.calendars = calendars;
        this.planner = planner;
        this.transactions = transactions;
        this.access = access;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    public Hire pause(Actor caller, ChatUserId user) {
        return setStatus(
                caller,
                user,
                HireStatus.PAUSED,
                HireStatus.ACTIVE,
                new Refusal.NotActive(user),
                outbox::holdFor,
                AuditAction.PAUSED);
    }

    /**
     * Pauses the enrolment of a hire who left (deactivated, removed): a system action, so nobody is checked. Holds their
     * queued messages like any pause.
     *
     * @return the hire as paused, or empty when they have no active enrolment (paused already, say)
     */
    public Optional<Hire> pauseDeparted(ChatUserId user) {
        return hires.findOpenByUser(user).filter(Hire::isActive).map(hire -> {
            Hire paused = hire.withStatus(HireStatus.PAUSED);
            transactions.run(() -> {
                hires.update(paused);
                outbox.holdFor(hire.id());
            });
            return paused;
        });
    }

    /**
     * Hands a hire over to a new manager, whose reminders and view of the history follow; only admins may, as the
     * manager being replaced has usually left.
     */
    public Hire handOver(Actor caller, ChatUserId user, ChatUserId newManager) {
        Hire hire = hires.findOpenByUser(user).orElseThrow(() -> new EnrollmentRefused(new Refusal.NotEnrolled(user)));
        if (!access.isAdmin(caller)) {
            throw new EnrollmentRefused(new Refusal.MayNotChange(user));
        }
        if (newManager.platform() != user.platform()) {
            throw new EnrollmentRefused(new Refusal.MixedPlatforms(newManager));
        }
        Hire changed = hire.withManager(newManager);
        transactions.run(() -> {
            hires.update(changed);
            audit.record(new AuditEntry(
                    clock.instant(), caller, AuditAction.MANAGER_CHANGED, user, Optional.of(newManager), ""));
        });
        return changed;
    }

    public Hire resume(Actor caller, ChatUserId user) {
        return setStatus(
                caller,
                user,
                HireStatus.ACTIVE,
                HireStatus.PAUSED,
                new Refusal.NotPaused(user),
                id -> outbox.resumeFor(id, clock.instant()),
                AuditAction.RESUMED);
    }

    public Hire cancel(Actor caller, ChatUserId user) {
        Hire hire = managed(caller, user);
        Hire cancelled = hire.withStatus(HireStatus.CANCELLED);
        transactions.run(() -> {
            hires.update(cancelled);
            outbox.cancelFor(hire.id(), clock.instant());
            audit.record(AuditEntry.of(clock.instant(), caller, AuditAction.CANCELLED, hire.user()));
        });
        return cancelled;
    }

    /** Moves the start date: items not yet released are planned anew; released items and all history stay. */
    public Hire move(Actor caller, ChatUserId user, LocalDate newStart) {
        Hire hire = managed(caller, user);
        return replanned(
                hire.withStartDate(newStart),
                Optional.of(new AuditEntry(
                        clock.instant(),
                        caller,
                        AuditAction.MOVED,
                        hire.user(),
                        Optional.empty(),
                        "from " + hire.startDate() + " to " + newStart)));
    }

    /**
     * Follows the hire to a new time zone, as their chat client reports it: items not yet released are planned anew in
     * it. Nobody asks for this, so nobody is checked; an unchanged zone changes nothing.
     *
     * @return the hire as changed, or empty when the person has no open enrolment or is in that zone already
     */
    public Optional<Hire> followZone(ChatUserId user, ZoneId zone) {
        return hires.findOpenByUser(user)
                .filter(hire -> !hire.zone().equals(zone))
                .map(hire -> replanned(hire.withZone(zone), Optional.empty()));
    }

    /** @param entry the audit entry of a change someone asked for; none when the bot follows the hire's zone */
    private Hire replanned(Hire changed, Optional<AuditEntry> entry) {
        ChecklistTemplate template = templates
                .find(changed.templateId())
                .orElseThrow(() -> new EnrollmentRefused(
                        new Refusal.TemplateGone(changed.templateId().value())));
        Set<String> released = progress.itemsOf(changed.id()).stream()
                .filter(ItemState::isReleased)
                .map(state -> state.itemKey().value())
                .collect(Collectors.toSet());
        List<ItemState> pending = ItemPlans.of(
                        changed.id(),
                        planner.plan(
                                template, changed.startDate(), changed.zone(), calendars.require(changed.calendarId())))
                .stream()
                .filter(state -> !released.contains(state.itemKey().value()))
                .toList();
        transactions.run(() -> {
            hires.update(changed);
            progress.replan(changed.id(), pending);
            entry.ifPresent(audit::record);
        });
        return changed;
    }

    private Hire setStatus(
            Actor caller,
            ChatUserId user,
            HireStatus to,
            HireStatus from,
            Refusal notFrom,
            Consumer<HireId> queuedMessages,
            AuditAction action) {
        Hire hire = managed(caller, user);
        if (hire.status() != from) {
            throw new EnrollmentRefused(notFrom);
        }
        Hire changed = hire.withStatus(to);
        transactions.run(() -> {
            hires.update(changed);
            queuedMessages.accept(hire.id());
            audit.record(AuditEntry.of(clock.instant(), caller, action, hire.user()));
        });
        return changed;
    }

    private Hire managed(Actor caller, ChatUserId user) {
        Hire hire = hires.findOpenByUser(user).orElseThrow(() -> new EnrollmentRefused(new Refusal.NotEnrolled(user)));
        if (!access.mayManage(caller, hire)) {
            throw new EnrollmentRefused(new Refusal.MayNotChange(user));
        }
        return hire;
    }
}
