package dev.onboardingbuddy.programme;

import dev.onboardingbuddy.enrollment.Actor;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Contact;
import dev.onboardingbuddy.enrollment.EnrollmentRefused;
import dev.onboardingbuddy.enrollment.ExpectedHire;
import dev.onboardingbuddy.enrollment.ExpectedHires;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.enrollment.HireProblem;
import dev.onboardingbuddy.enrollment.HireRepository;
import dev.onboardingbuddy.enrollment.HireRequest;
import dev.onboardingbuddy.enrollment.InvalidHireRequest;
import dev.onboardingbuddy.enrollment.People;
import dev.onboardingbuddy.enrollment.Platform;
import dev.onboardingbuddy.enrollment.Refusal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Changes a hire HR knows by id, enrolled or still expected: pause, resume, cancel, a new start date, a new manager.
 * An enrolled hire changes through {@link ChangeEnrollment}, with its checks and audit trail; an expected one changes
 * its record, which the enrolment takes when they arrive. Thread-safe.
 */
public final class ManageHireRecords {
    private final HireRepository hires;
    private final ExpectedHires expected;
    private final ChangeEnrollment change;
    private final Map<Platform, People> people;
    private final Consumer<Hire> replanned;

    /**
     * @param replanned what follows a resume or a new start date outside its transaction: release what is due, queue
     *     reminders, wake the dispatcher
     */
    public ManageHireRecords(
            HireRepository hires,
            ExpectedHires expected,
            ChangeEnrollment change,
            Map<Platform, People> people,
            Consumer<Hire> replanned) {
        this.hires = hires;
        this.expected = expected;
        this.change = change;
        this.people = Map.copyOf(people);
        this.replanned = replanned;
    }

    public Hire pause(Actor actor, HireId id) {
        return change.pause(actor, open(id).user());
    }

    public Hire resume(Actor actor, HireId id) {
        Hire resumed = change.resume(actor, open(id).user());
        replanned.accept(resumed);
        return resumed;
    }

    /** Cancels the enrolment, or the expected hire so that they are not enrolled when they join. */
    public void cancel(Actor actor, HireId id) {
        Optional<ExpectedHire> waiting = expected.find(id).filter(ExpectedHire::isWaiting);
        if (waiting.isPresent()) {
            expected.update(waiting.get().with(ExpectedHire.Status.CANCELLED));
            return;
        }
        change.cancel(actor, open(id).user());
    }

    /**
     * Moves the start date and hands the hire over to another manager, each when given.
     *
     * @throws InvalidHireRequest when nobody has the new manager's address on the hire's platform
     */
    public void change(Actor actor, HireId id, Optional<LocalDate> start, Optional<Contact> manager) {
        Optional<ExpectedHire> waiting = expected.find(id).filter(ExpectedHire::isWaiting);
        if (waiting.isPresent()) {
            HireRequest request = waiting.get().request();
            request = start.map(request::withStartDate).orElse(request);
            request = manager.map(request::withManager).orElse(request);
            expected.update(waiting.get().with(request));
            return;
        }
        Hire hire = open(id);
        Optional<ChatUserId> newManager =
                manager.map(contact -> resolve(contact, hire.user().platform()));
        newManager
                .filter(found -> !found.equals(hire.manager()))
                .ifPresent(found -> change.handOver(actor, hire.user(), found));
        if (start.isPresent() && !start.get().equals(hire.startDate())) {
            replanned.accept(change.move(actor, hire.user(), start.get()));
        }
    }

    private ChatUserId resolve(Contact contact, Platform platform) {
        Optional<ChatUserId> found = contact.id()
                .filter(id -> id.platform() == platform)
                .or(() -> contact.email()
                        .flatMap(email -> Optional.ofNullable(people.get(platform))
                                .flatMap(onPlatform -> onPlatform.findByEmail(email))));
        return found.orElseThrow(() -> new InvalidHireRequest(List.of(new HireProblem(
                HireProblem.Field.MANAGER,
                "nobody with "
                        + contact.email()
                                .or(() -> contact.id().map(ChatUserId::value))
                                .orElse("") + " on " + platform.displayName()))));
    }

    /** The open enrolment with this id; a closed, expected or unknown one is refused. */
    private Hire open(HireId id) {
        Optional<Hire> hire = hires.find(id);
        if (hire.isEmpty()) {
            Optional<ExpectedHire> record = expected.find(id);
            throw new EnrollmentRefused(
                    record.isEmpty()
                            ? new Refusal.UnknownHire(id)
                            : new Refusal.NotOpen(
                                    id, record.get().isWaiting() ? "expected, not enrolled yet" : "cancelled"));
        }
        boolean open = hires.findOpenByUser(hire.get().user())
                .map(Hire::id)
                .filter(id::equals)
                .isPresent();
        if (!open) {
            throw new EnrollmentRefused(
                    new Refusal.NotOpen(id, hire.get().status().name().toLowerCase(Locale.ROOT)));
        }
        return hire.get();
    }
}
