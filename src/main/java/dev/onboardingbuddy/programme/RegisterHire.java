package dev.onboardingbuddy.programme;

import dev.onboardingbuddy.enrollment.Actor;
import dev.onboardingbuddy.enrollment.AlreadyExpectedException;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Contact;
import dev.onboardingbuddy.enrollment.EnrollmentRefused;
import dev.onboardingbuddy.enrollment.ExpectedHire;
import dev.onboardingbuddy.enrollment.ExpectedHires;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.HireProblem;
import dev.onboardingbuddy.enrollment.HireRepository;
import dev.onboardingbuddy.enrollment.HireRequest;
import dev.onboardingbuddy.enrollment.HireRequestRules;
import dev.onboardingbuddy.enrollment.InvalidHireRequest;
import dev.onboardingbuddy.enrollment.People;
import dev.onboardingbuddy.enrollment.Platform;
import dev.onboardingbuddy.enrollment.Refusal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Takes a new hire from an HR system: checks the request, finds the people it names on their chat platform, and
 * enrols the hire at once when they are in the workspace already, or keeps them as expected until they join
 * ({@link EnrolExpected}). Thread-safe.
 */
public final class RegisterHire {
    private final ExpectedHires expected;
    private final HireRepository hires;
    private final EnrolExpected enrolExpected;
    private final Map<Platform, People> people;
    private final HireRequestRules rules;
    private final Clock clock;

    /** @param people one entry per platform this installation serves */
    public RegisterHire(
            ExpectedHires expected,
            HireRepository hires,
            EnrolExpected enrolExpected,
            Map<Platform, People> people,
            HireRequestRules rules,
            Clock clock) {
        this.expected = expected;
        this.hires = hires;
        this.enrolExpected = enrolExpected;
        this.people = Map.copyOf(people);
        this.rules = rules;
        this.clock = clock;
    }

    /** What happened to a registered hire: enrolled now, or kept as expected. */
    public record Registration(ExpectedHire record, Optional<Hire> enrolled) {}

    /**
     * Registers the hire as the actor asks: enrolled now when the platform knows their address (or HR gave their
     * chat id), else expected.
     *
     * @throws InvalidHireRequest when {@link HireRequestRules#check} finds problems, or a manager or buddy cannot be
     *     found
     * @throws EnrollmentRefused when the person is enrolled or expected already
     */
    public Registration register(Actor actor, HireRequest request) {
        requireValid(request);
        List<Platform> candidates =
                HireRequestRules.knownPlatform(request).map(List::of).orElseGet(() -> List.copyOf(people.keySet()));
        List<HireProblem> problems = new ArrayList<>();
        Optional<ChatUserId> manager = Optional.empty();
        for (Platform platform : candidates) {
            manager = find(request.manager(), platform);
            if (manager.isPresent()) {
                break;
            }
        }
        if (manager.isEmpty()) {
            throw new InvalidHireRequest(List.of(new HireProblem(
                    HireProblem.Field.MANAGER,
                    "nobody with the address " + request.manager().email().orElse("") + " on " + names(candidates))));
        }
        Platform platform = manager.get().platform();
        Optional<Contact> buddy = request.buddy()
                .map(contact -> find(contact, platform).map(contact::withId).orElseGet(() -> {
                    problems.add(new HireProblem(
                            HireProblem.Field.BUDDY,
                            "nobody with the address " + contact.email().orElse("") + " on " + platform.displayName()));
                    return contact;
                }));
        if (!problems.isEmpty()) {
            throw new InvalidHireRequest(problems);
        }
        Optional<ChatUserId> hire = find(request.hire(), platform);
        HireRequest resolved = new HireRequest(
                hire.map(request.hire()::withId).orElse(request.hire()),
                request.manager().withId(manager.get()),
                buddy,
                request.templateId(),
                request.startDate(),
                request.calendarId(),
                request.team(),
                Optional.of(platform));
        refuseDuplicates(resolved.hire());
        ExpectedHire record = ExpectedHire.expected(resolved, actor, clock.instant());
        if (hire.isPresent()) {
            return new Registration(
                    record.with(ExpectedHire.Status.ENROLLED), Optional.of(enrolExpected.enrolNew(record, hire.get())));
        }
        store(record);
        return new Registration(record, Optional.empty());
    }

    private void store(ExpectedHire record) {
        try {
            expected.add(record);
        } catch (AlreadyExpectedException raced) {
            refuseDuplicates(record.request().hire());
            throw raced;
        }
    }

    private void requireValid(HireRequest request) {
        List<HireProblem> problems = rules.check(request);
        if (!problems.isEmpty()) {
            throw new InvalidHireRequest(problems);
        }
    }

    private void refuseDuplicates(Contact hire) {
        hire.id().flatMap(hires::findOpenByUser).ifPresent(open -> {
            throw new EnrollmentRefused(new Refusal.AlreadyEnrolled(open.user()));
        });
        Stream.concat(
                        hire.id().flatMap(expected::waitingFor).stream(),
                        hire.email().flatMap(expected::waitingFor).stream())
                .findFirst()
                .ifPresent(waiting -> {
                    throw new EnrollmentRefused(new Refusal.AlreadyExpected(
                            hire.email().orElseGet(() -> hire.id().orElseThrow().value()), waiting.id()));
                });
    }

    private Optional<ChatUserId> find(Contact contact, Platform platform) {
        if (contact.id().isPresent()) {
            return contact.id().filter(id -> id.platform() == platform);
        }
        People onPlatform = people.get(platform);
        return onPlatform == null
                ? Optional.empty()
                : onPlatform.findByEmail(contact.email().orElseThrow());
    }

    private static String names(List<Platform> platforms) {
        return String.join(" or ", platforms.stream().map(Platform::displayName).toList());
    }

    /** The platforms this installation serves, for adapters that offer a choice. */
    public Set<Platform> platforms() {
        return people.keySet();
    }
}
