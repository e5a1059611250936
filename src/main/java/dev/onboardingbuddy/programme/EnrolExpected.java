package dev.onboardingbuddy.programme;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Contact;
import dev.onboardingbuddy.enrollment.EnrollmentRefused;
import dev.onboardingbuddy.enrollment.ExpectedHire;
import dev.onboardingbuddy.enrollment.ExpectedHires;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.HireProblem;
import dev.onboardingbuddy.enrollment.HireRequest;
import dev.onboardingbuddy.enrollment.InvalidHireRequest;
import dev.onboardingbuddy.enrollment.People;
import dev.onboardingbuddy.enrollment.Platform;
import dev.onboardingbuddy.enrollment.Refusal;
import dev.onboardingbuddy.transactions.Transactions;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enrols hires HR announced, as soon as they can be found: when they join the workspace ({@link #arrived}), or when a
 * periodic look-up by address finds them ({@link #enrolWaiting}), which also catches people who joined while the
 * bot was down and those imported from a spreadsheet. The enrolment takes the id HR got and is made by whoever
 * announced the hire, so it is authorised and audited as theirs. Thread-safe.
 */
public final class EnrolExpected {
    private static final Logger LOG = LoggerFactory.getLogger(EnrolExpected.class);

    private final ExpectedHires expected;
    private final EnrollNewHire enroll;
    private final Map<Platform, People> people;
    private final ZoneId defaultZone;
    private final Transactions transactions;
    private final Consumer<Hire> started;

    /**
     * @param people one entry per platform this installation serves
     * @param started what follows an enrolment outside its transaction: release what is due, queue reminders, wake
     *     the dispatcher
     */
    public EnrolExpected(
            ExpectedHires expected,
            EnrollNewHire enroll,
            Map<Platform, People> people,
            ZoneId defaultZone,
            Transactions transactions,
            Consumer<Hire> started) {
        this.expected = expected;
        this.enroll = enroll;
        this.people = Map.copyOf(people);
        this.defaultZone = defaultZone;
        this.transactions = transactions;
        this.started = started;
    }

    /** What came of one expected hire. */
    public sealed interface Outcome {
        record Enrolled(Hire hire) implements Outcome {}

        /** They were found as {@code user} but could not be enrolled; the problem is stored with them and said here. */
        record Failed(ExpectedHire record, ChatUserId user, String problem) implements Outcome {}

        /** Nobody expected them. */
        record NotExpected() implements Outcome {}

        /** Someone else (the job, another instance, a retried event) enrolled them meanwhile. */
        record AlreadyDone() implements Outcome {}
    }

    /**
     * Someone joined the workspace (or installed the app): enrols them when HR expects them by their chat id or one
     * of their addresses.
     */
    public Outcome arrived(ChatUserId user, Collection<String> emails) {
        Optional<ExpectedHire> waiting = expected.waitingFor(user)
                .or(() -> emails.stream()
                        .filter(email -> email != null && !email.isBlank())
                        .map(expected::waitingFor)
                        .flatMap(Optional::stream)
                        .findFirst())
                .filter(record -> platformOf(record)
                        .map(platform -> platform == user.platform())
                        .orElse(true));
        return waiting.<Outcome>map(record -> tryEnrol(record, user)).orElseGet(Outcome.NotExpected::new);
    }

    /** Looks every waiting hire up on their platform and enrols those found; run by a recurring job. */
    public List<Outcome> enrolWaiting() {
        List<Outcome> outcomes = new ArrayList<>();
        for (ExpectedHire record : expected.waiting()) {
            try {
                findHire(record).ifPresent(user -> outcomes.add(tryEnrol(record, user)));
            } catch (RuntimeException platformDown) {
                LOG.warn("could not look up expected hire {}: {}", record.id(), platformDown.toString());
            }
        }
        return outcomes;
    }

    /**
     * Enrols a hire HR announced who is in the workspace already, storing the record and the enrolment together.
     *
     * @throws EnrollmentRefused when they may not be enrolled as asked
     */
    Hire enrolNew(ExpectedHire record, ChatUserId user) {
        EnrollmentRequest request = request(record, user);
        Hire hire = transactions.inTransaction(() -> {
            expected.add(record.with(ExpectedHire.Status.ENROLLED));
            return enroll.enroll(request, record.id());
        });
        started.accept(hire);
        return hire;
    }

    private Outcome tryEnrol(ExpectedHire record, ChatUserId user) {
        try {
            EnrollmentRequest request = request(record, user);
            Hire hire = transactions.inTransaction(() -> {
                Hire enrolled = enroll.enroll(request, record.id());
                expected.update(record.with(record.request()
                                .withHire(record.request().hire().withId(user)))
                        .with(ExpectedHire.Status.ENROLLED)
                        .withProblem(Optional.empty()));
                return enrolled;
            });
            LOG.info("enrolled expected hire {} as {}", record.id(), user.stored());
            started.accept(hire);
            return new Outcome.Enrolled(hire);
        } catch (EnrollmentRefused | InvalidHireRequest refused) {
            if (expected.find(record.id()).filter(ExpectedHire::isWaiting).isEmpty()) {
                return new Outcome.AlreadyDone();
            }
            String problem = refused instanceof EnrollmentRefused r
                    ? describe(r.reason())
                    : String.join(
                            "; ",
                            ((InvalidHireRequest) refused)
                                    .problems().stream()
                                            .map(HireProblem::message)
                                            .toList());
            LOG.warn("could not enrol expected hire {} ({}): {}", record.id(), user.stored(), problem);
            expected.recordProblem(record.id(), problem);
            return new Outcome.Failed(record, user, problem);
        }
    }

    private EnrollmentRequest request(ExpectedHire record, ChatUserId user) {
        HireRequest asked = record.request();
        ChatUserId manager = findOrFail(asked.manager(), user.platform(), HireProblem.Field.MANAGER);
        Optional<ChatUserId> buddy =
                asked.buddy().map(contact -> findOrFail(contact, user.platform(), HireProblem.Field.BUDDY));
        ZoneId zone = person(user).flatMap(People.Person::zone).orElse(defaultZone);
        return new EnrollmentRequest(
                record.createdBy(),
                user,
                manager,
                zone,
                asked.templateId(),
                asked.startDate(),
                buddy,
                asked.calendarId(),
                asked.team(),
                Optional.empty());
    }

    private Optional<People.Person> person(ChatUserId user) {
        try {
            return Optional.ofNullable(people.get(user.platform())).flatMap(platform -> platform.find(user));
        } catch (RuntimeException unreadable) {
            LOG.warn(
                    "could not read the profile of {}; using the default zone: {}",
                    user.stored(),
                    unreadable.toString());
            return Optional.empty();
        }
    }

    private ChatUserId findOrFail(Contact contact, Platform platform, HireProblem.Field field) {
        return find(contact, platform)
                .orElseThrow(() -> new InvalidHireRequest(List.of(new HireProblem(
                        field,
                        "nobody with the address "
                                + contact.email()
                                        .orElse(contact.id()
                                                .map(ChatUserId::value)
                                                .orElse("")) + " on " + platform.displayName()))));
    }

    private Optional<ChatUserId> findHire(ExpectedHire record) {
        List<Platform> platforms = platformOf(record).map(List::of).orElseGet(() -> List.copyOf(people.keySet()));
        for (Platform platform : platforms) {
            Optional<ChatUserId> found = find(record.request().hire(), platform);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
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

    private static Optional<Platform> platformOf(ExpectedHire record) {
        HireRequest request = record.request();
        return request.platform()
                .or(() -> request.hire().id().map(ChatUserId::platform))
                .or(() -> request.manager().id().map(ChatUserId::platform));
    }

    /** Words for the admins and the API's {@code problem} field; chat adapters have richer ones for their users. */
    private static String describe(Refusal refusal) {
        if (refusal instanceof Refusal.AlreadyEnrolled) {
            return "already enrolled (by hand, say); cancel that enrolment or this record";
        } else if (refusal instanceof Refusal.UnknownTemplate r) {
            return "the template '" + r.id() + "' is no longer configured";
        } else if (refusal instanceof Refusal.UnknownChoice r) {
            return r.problem();
        } else if (refusal instanceof Refusal.MixedPlatforms r) {
            return r.person().value() + " is on " + r.person().platform().displayName()
                    + ", not on the hire's platform";
        }
        return refusal.getClass().getSimpleName();
    }
}
