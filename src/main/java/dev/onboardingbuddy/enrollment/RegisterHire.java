package dev.onboardingbuddy.enrollment;

import dev.onboardingbuddy.checklist.TemplateCatalog;
import dev.onboardingbuddy.checklist.TemplateId;
import dev.onboardingbuddy.timeline.CalendarCatalog;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Takes a new hire from an HR system: checks the request, finds the people it names on their chat platform, and
 * enrols the hire at once when they are in the workspace already, or keeps them as expected until they join
 * ({@link EnrolExpected}). Thread-safe.
 */
public final class RegisterHire {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final ExpectedHires expected;
  private final HireRepository hires;
  private final EnrolExpected enrolExpected;
  private final Map<Platform, People> people;
  private final TemplateCatalog templates;
  private final CalendarCatalog calendars;
  private final TeamDirectory teams;
  private final EnrollmentDefaults defaults;
  private final Clock clock;

  /** @param people one entry per platform this installation serves */
  public RegisterHire(ExpectedHires expected, HireRepository hires, EnrolExpected enrolExpected,
      Map<Platform, People> people, TemplateCatalog templates, CalendarCatalog calendars, TeamDirectory teams,
      EnrollmentDefaults defaults, Clock clock) {
    this.expected = expected;
    this.hires = hires;
    this.enrolExpected = enrolExpected;
    this.people = Map.copyOf(people);
    this.templates = templates;
    this.calendars = calendars;
    this.teams = teams;
    this.defaults = defaults;
    this.clock = clock;
  }

  /** What happened to a registered hire: enrolled now, or kept as expected. */
  public record Registration(ExpectedHire record, Optional<Hire> enrolled) {}

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
    first.filter(platform -> !people.containsKey(platform)).ifPresent(platform -> problems.add(
        new HireProblem(HireProblem.Field.PLATFORM, "this installation does not serve " + platform.displayName())));
    first.ifPresent(platform -> {
      samePlatform(request.hire(), platform, HireProblem.Field.HIRE, problems);
      samePlatform(request.manager(), platform, HireProblem.Field.MANAGER, problems);
      request.buddy().ifPresent(buddy -> samePlatform(buddy, platform, HireProblem.Field.BUDDY, problems));
    });
    String template = request.templateId().orElse(defaults.templateId());
    if (!TemplateId.isValid(template) || templates.find(new TemplateId(template)).isEmpty()) {
      problems.add(new HireProblem(HireProblem.Field.TEMPLATE, "unknown template '" + template + "'; choose one of: "
          + String.join(", ", templates.ids())));
    }
    String calendar = request.calendarId().orElse(defaults.calendarId());
    if (calendars.find(calendar).isEmpty()) {
      problems.add(new HireProblem(HireProblem.Field.CALENDAR, "unknown calendar '" + calendar
          + "'; choose one of: " + String.join(", ", calendars.ids())));
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

  /**
   * Registers the hire as the actor asks: enrolled now when the platform knows their address (or HR gave their
   * chat id), else expected.
   *
   * @throws InvalidHireRequest when {@link #check} finds problems, or a manager or buddy cannot be found
   * @throws EnrollmentRefused when the person is enrolled or expected already
   */
  public Registration register(Actor actor, HireRequest request) {
    requireValid(request);
    List<Platform> candidates = knownPlatform(request).map(List::of).orElseGet(() -> List.copyOf(people.keySet()));
    List<HireProblem> problems = new ArrayList<>();
    Optional<ChatUserId> manager = Optional.empty();
    for (Platform platform : candidates) {
      manager = find(request.manager(), platform);
      if (manager.isPresent()) {
        break;
      }
    }
    if (manager.isEmpty()) {
      throw new InvalidHireRequest(List.of(new HireProblem(HireProblem.Field.MANAGER, "nobody with the address "
          + request.manager().email().orElse("") + " on " + names(candidates))));
    }
    Platform platform = manager.get().platform();
    Optional<Contact> buddy = request.buddy().map(contact -> find(contact, platform).map(contact::withId)
        .orElseGet(() -> {
          problems.add(new HireProblem(HireProblem.Field.BUDDY, "nobody with the address "
              + contact.email().orElse("") + " on " + platform.displayName()));
          return contact;
        }));
    if (!problems.isEmpty()) {
      throw new InvalidHireRequest(problems);
    }
    Optional<ChatUserId> hire = find(request.hire(), platform);
    HireRequest resolved = new HireRequest(hire.map(request.hire()::withId).orElse(request.hire()),
        request.manager().withId(manager.get()), buddy, request.templateId(), request.startDate(),
        request.calendarId(), request.team(), Optional.of(platform));
    refuseDuplicates(resolved.hire());
    ExpectedHire record = ExpectedHire.expected(resolved, actor, clock.instant());
    if (hire.isPresent()) {
      return new Registration(record.with(ExpectedHire.Status.ENROLLED),
          Optional.of(enrolExpected.enrolNew(record, hire.get())));
    }
    store(record);
    return new Registration(record, Optional.empty());
  }

  /**
   * Keeps the hire as expected without asking any platform (the command line has no connection to it): the running
   * bot finds and enrols them ({@link EnrolExpected#enrolWaiting}).
   *
   * @throws InvalidHireRequest when {@link #check} finds problems
   * @throws EnrollmentRefused when the person is enrolled or expected already
   */
  public ExpectedHire expect(Actor actor, HireRequest request) {
    requireValid(request);
    refuseDuplicates(request.hire());
    ExpectedHire record = ExpectedHire.expected(request, actor, clock.instant());
    store(record);
    return record;
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
    List<HireProblem> problems = check(request);
    if (!problems.isEmpty()) {
      throw new InvalidHireRequest(problems);
    }
  }

  private void refuseDuplicates(Contact hire) {
    hire.id().flatMap(hires::findOpenByUser).ifPresent(open -> {
      throw new EnrollmentRefused(new Refusal.AlreadyEnrolled(open.user()));
    });
    Stream.concat(hire.id().flatMap(expected::waitingFor).stream(),
            hire.email().flatMap(expected::waitingFor).stream()).findFirst()
        .ifPresent(waiting -> {
          throw new EnrollmentRefused(new Refusal.AlreadyExpected(hire.email().orElseGet(
              () -> hire.id().orElseThrow().value()), waiting.id()));
        });
  }

  private Optional<ChatUserId> find(Contact contact, Platform platform) {
    if (contact.id().isPresent()) {
      return contact.id().filter(id -> id.platform() == platform);
    }
    People onPlatform = people.get(platform);
    return onPlatform == null ? Optional.empty() : onPlatform.findByEmail(contact.email().orElseThrow());
  }

  /** The platform the request's ids or its platform field name, if any. */
  private static Optional<Platform> knownPlatform(HireRequest request) {
    return request.platform()
        .or(() -> request.manager().id().map(ChatUserId::platform))
        .or(() -> request.hire().id().map(ChatUserId::platform))
        .or(() -> request.buddy().flatMap(Contact::id).map(ChatUserId::platform));
  }

  private static void samePlatform(Contact contact, Platform platform, HireProblem.Field field,
      List<HireProblem> problems) {
    contact.id().filter(id -> id.platform() != platform).ifPresent(id -> problems.add(new HireProblem(field,
        id.value() + " is on " + id.platform().displayName() + ", the hire on " + platform.displayName()
            + ": name people of one platform")));
  }

  private static void checkAddress(Contact contact, HireProblem.Field field, List<HireProblem> problems) {
    contact.email().filter(address -> !EMAIL.matcher(address).matches()).ifPresent(address -> problems.add(
        new HireProblem(field, "'" + address + "' is not an e-mail address")));
  }

  private static String names(List<Platform> platforms) {
    return String.join(" or ", platforms.stream().map(Platform::displayName).toList());
  }

  /** The platforms this installation serves, for adapters that offer a choice. */
  public Set<Platform> platforms() {
    return people.keySet();
  }
}
