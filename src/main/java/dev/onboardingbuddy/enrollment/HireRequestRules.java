package dev.onboardingbuddy.enrollment;

import dev.onboardingbuddy.checklist.TemplateCatalog;
import dev.onboardingbuddy.checklist.TemplateId;
import dev.onboardingbuddy.timeline.CalendarCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a {@link HireRequest} must satisfy before anyone is asked about it: the API checks it before looking people
 * up, {@code import-hires} checks every row with it offline. Stateless.
 */
public final class HireRequestRules {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Set<Platform> served;
    private final TemplateCatalog templates;
    private final CalendarCatalog calendars;
    private final TeamDirectory teams;
    private final EnrollmentDefaults defaults;

    /** @param served the platforms this installation serves */
    public HireRequestRules(
            Set<Platform> served,
            TemplateCatalog templates,
            CalendarCatalog calendars,
            TeamDirectory teams,
            EnrollmentDefaults defaults) {
        this.served = Set.copyOf(served);
        this.templates = templates;
        this.calendars = calendars;
        this.teams = teams;
        this.defaults = defaults;
    }

    /**
     * Everything wrong with the request that can be seen without asking a chat platform, in field order: addresses
     * that are not addresses, people of two platforms, a platform this installation does not serve, and a template,
     * calendar or team that is not configured.
     */
    public List<HireProblem> check(HireRequest request) {
        List<HireProblem> problems = new ArrayList<>();
        checkAddress(request.hire(), HireProblem.Field.HIRE, problems);
        checkAddress(request.manager(), HireProblem.Field.MANAGER, problems);
        request.buddy().ifPresent(buddy -> checkAddress(buddy, HireProblem.Field.BUDDY, problems));
        Optional<Platform> first = knownPlatform(request);
        first.filter(platform -> !served.contains(platform))
                .ifPresent(platform -> problems.add(new HireProblem(
                        HireProblem.Field.PLATFORM, "this installation does not serve " + platform.displayName())));
        first.ifPresent(platform -> {
            samePlatform(request.hire(), platform, HireProblem.Field.HIRE, problems);
            samePlatform(request.manager(), platform, HireProblem.Field.MANAGER, problems);
            request.buddy().ifPresent(buddy -> samePlatform(buddy, platform, HireProblem.Field.BUDDY, problems));
        });
        String template = request.templateId().orElse(defaults.templateId());
        if (!TemplateId.isValid(template)
                || templates.find(new TemplateId(template)).isEmpty()) {
            problems.add(new HireProblem(
                    HireProblem.Field.TEMPLATE,
                    "unknown template '" + template + "'; choose one of: " + String.join(", ", templates.ids())));
        }
        String calendar = request.calendarId().orElse(defaults.calendarId());
        if (calendars.find(calendar).isEmpty()) {
            problems.add(new HireProblem(
                    HireProblem.Field.CALENDAR,
                    "unknown calendar '" + calendar + "'; choose one of: " + String.join(", ", calendars.ids())));
        }
        request.team().ifPresent(team -> {
            try {
                teams.require(team);
            } catch (IllegalArgumentException unknown) {
                problems.add(new HireProblem(HireProblem.Field.TEAM, unknown.getMessage()));
            }
        });
        return problems;
    }

    /** The platform the request's ids or its platform field name, if any. */
    public static Optional<Platform> knownPlatform(HireRequest request) {
        return request.platform()
                .or(() -> request.manager().id().map(ChatUserId::platform))
                .or(() -> request.hire().id().map(ChatUserId::platform))
                .or(() -> request.buddy().flatMap(Contact::id).map(ChatUserId::platform));
    }

    private static void samePlatform(
            Contact contact, Platform platform, HireProblem.Field field, List<HireProblem> problems) {
        contact.id()
                .filter(id -> id.platform() != platform)
                .ifPresent(id -> problems.add(new HireProblem(
                        field,
                        id.value() + " is on " + id.platform().displayName() + ", the hire on " + platform.displayName()
                                + ": name people of one platform")));
    }

    private static void checkAddress(Contact contact, HireProblem.Field field, List<HireProblem> problems) {
        contact.email()
                .filter(address -> !EMAIL.matcher(address).matches())
                .ifPresent(
                        address -> problems.add(new HireProblem(field, "'" + address + "' is not an e-mail address")));
    }
}
