package dev.onboardingbuddy.programme;

import dev.onboardingbuddy.checklist.ChecklistTemplate;
import dev.onboardingbuddy.checklist.TemplateCatalog;
import dev.onboardingbuddy.checklist.TemplateId;
import dev.onboardingbuddy.enrollment.AccessPolicy;
import dev.onboardingbuddy.enrollment.Actor;
import dev.onboardingbuddy.enrollment.AlreadyEnrolledException;
import dev.onboardingbuddy.enrollment.AuditAction;
import dev.onboardingbuddy.enrollment.AuditEntry;
import dev.onboardingbuddy.enrollment.AuditTrail;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.EnrollmentDefaults;
import dev.onboardingbuddy.enrollment.EnrollmentRefused;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.enrollment.HireRepository;
import dev.onboardingbuddy.enrollment.HireStatus;
import dev.onboardingbuddy.enrollment.Refusal;
import dev.onboardingbuddy.enrollment.TeamDirectory;
import dev.onboardingbuddy.progress.ItemPlans;
import dev.onboardingbuddy.progress.ProgressRepository;
import dev.onboardingbuddy.timeline.CalendarCatalog;
import dev.onboardingbuddy.timeline.Timeline;
import dev.onboardingbuddy.timeline.TimelinePlanner;
import dev.onboardingbuddy.timeline.WorkingCalendar;
import dev.onboardingbuddy.transactions.Transactions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Puts a new hire on a role checklist: checks who asks, plans the 90 days and stores hire and plan together. */
public final class EnrollNewHire {
    private final TemplateCatalog templates;
    private final CalendarCatalog calendars;
    private final TimelinePlanner planner;
    private final HireRepository hires;
    private final ProgressRepository progress;
    private final Transactions transactions;
    private final AccessPolicy access;
    private final EnrollmentDefaults defaults;
    private final TeamDirectory teams;
    private final AuditTrail audit;
    private final Clock clock;

    public EnrollNewHire(
            TemplateCatalog templates,
            CalendarCatalog calendars,
            TimelinePlanner planner,
            HireRepository hires,
            ProgressRepository progress,
            Transactions transactions,
            AccessPolicy access,
            EnrollmentDefaults defaults,
            TeamDirectory teams,
            AuditTrail audit,
            Clock clock) {
        this.templates = templates;
        this.calendars = calendars;
        this.planner = planner;
        this.hires = hires;
        this.progress = progress;
        this.transactions = transactions;
        this.access = access;
        this.defaults = defaults;
        this.teams = teams;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Enrols the hire.
     *
     * @throws EnrollmentRefused when the caller may not, the template or calendar is unknown, or the hire is enrolled
     */
    public Hire enroll(EnrollmentRequest request) {
        return enroll(request, HireId.random());
    }

    /**
     * Enrols the hire under an id chosen before, such as the one an HR system got for an expected hire.
     *
     * @throws EnrollmentRefused as {@link #enroll(EnrollmentRequest)}
     */
    public Hire enroll(EnrollmentRequest request, HireId id) {
        checkMayEnrol(request.caller(), request.manager());
        request.buddy().ifPresent(buddy -> samePlatform(request.hire(), buddy));
        samePlatform(request.hire(), request.manager());
        ChecklistTemplate template = template(request.templateId().orElse(defaults.templateId()));
        WorkingCalendar calendar = calendar(request.calendarId().orElse(defaults.calendarId()));
        request.team().ifPresent(this::requireTeam);
        LocalDate start = request.startDate().orElseGet(() -> LocalDate.now(clock.withZone(request.zone())));
        Hire hire = new Hire(
                id,
                request.hire(),
                request.manager(),
                request.buddy(),
                template.id(),
                template.version(),
                start,
                request.zone(),
                calendar.id(),
                request.team(),
                request.managerChannel(),
                HireStatus.ACTIVE,
                request.caller(),
                clock.instant());
        Timeline timeline = planner.plan(template, start, request.zone(), calendar);
        try {
            transactions.run(() -> {
                hires.add(hire);
                progress.addPlan(ItemPlans.of(hire.id(), timeline));
                audit.record(new AuditEntry(
                        hire.enrolledAt(),
                        request.caller(),
                        AuditAction.ENROLLED,
                        hire.user(),
                        Optional.of(hire.manager()),
                        hire.templateId().value() + " starting " + start
                                + hire.team().map(team -> ", team " + team).orElse("")));
            });
        } catch (AlreadyEnrolledException e) {
            throw new EnrollmentRefused(new Refusal.AlreadyEnrolled(request.hire()));
        }
        return hire;
    }

    /**
     * The years the hire's programme reaches for which their calendar, a list of dates without a country, lists no
     * holiday: in those years they would get none, so whoever enrols them should hear of it.
     */
    public List<Integer> yearsWithoutHolidays(Hire hire) {
        WorkingCalendar calendar = calendars.find(hire.calendarId()).orElseGet(WorkingCalendar::mondayToFriday);
        LocalDate last = templates
                .find(hire.templateId())
                .flatMap(template -> planner.plan(template, hire.startDate(), hire.zone(), calendar)
                        .lastDay())
                .orElse(hire.startDate());
        return calendar.yearsWithoutHolidays(hire.startDate(), last);
    }

    /** Checked before anything slow happens, so a refusal comes back at once. */
    public void checkMayEnrol(Actor caller, ChatUserId manager) {
        access.enrolRefusal(caller, manager).ifPresent(refusal -> {
            throw new EnrollmentRefused(refusal);
        });
    }

    private static void samePlatform(ChatUserId hire, ChatUserId other) {
        if (hire.platform() != other.platform()) {
            throw new EnrollmentRefused(new Refusal.MixedPlatforms(other));
        }
    }

    private ChecklistTemplate template(String id) {
        return Optional.of(id)
                .filter(TemplateId::isValid)
                .map(TemplateId::new)
                .flatMap(templates::find)
                .orElseThrow(
                        () -> new EnrollmentRefused(new Refusal.UnknownTemplate(id, List.copyOf(templates.ids()))));
    }

    private void requireTeam(String id) {
        try {
            teams.require(id);
        } catch (IllegalArgumentException e) {
            throw new EnrollmentRefused(new Refusal.UnknownChoice(capitalized(e.getMessage()) + "."));
        }
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private WorkingCalendar calendar(String id) {
        try {
            return calendars.require(id);
        } catch (IllegalArgumentException e) {
            throw new EnrollmentRefused(new Refusal.UnknownChoice(e.getMessage()));
        }
    }
}
