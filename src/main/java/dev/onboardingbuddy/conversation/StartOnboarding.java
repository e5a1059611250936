package dev.onboardingbuddy.conversation;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.EnrollNewHire;
import dev.onboardingbuddy.enrollment.EnrollmentRefused;
import dev.onboardingbuddy.enrollment.EnrollmentRequest;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.People;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.QueueDueReminders;
import dev.onboardingbuddy.notification.ReleaseDueItems;
import dev.onboardingbuddy.notification.Text;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enrols a hire and sets their programme going: stores the plan, releases what is already due, queues the manager's
 * due reminders and wakes the dispatcher. Answers in words for the person who asked. Thread-safe.
 */
public final class StartOnboarding {
  private static final Logger LOG = LoggerFactory.getLogger(StartOnboarding.class);

  private final EnrollNewHire enroll;
  private final ReleaseDueItems release;
  private final QueueDueReminders reminders;
  private final People people;
  private final ZoneId defaultZone;
  private final Runnable wakeDispatcher;
  private final CommandTexts texts = new CommandTexts();
  private final RefusalTexts refusals = new RefusalTexts();

  /** @param defaultZone for people whose profile names no zone */
  public StartOnboarding(EnrollNewHire enroll, ReleaseDueItems release, QueueDueReminders reminders, People people,
      ZoneId defaultZone, Runnable wakeDispatcher) {
    this.enroll = enroll;
    this.release = release;
    this.reminders = reminders;
    this.people = people;
    this.defaultZone = defaultZone;
    this.wakeDispatcher = wakeDispatcher;
  }

  /** Checked before anything slow happens, so that a refusal comes back at once. */
  void checkMayStart(ChatUserId caller, Command.Start start) {
    enroll.checkMayEnrol(caller, start.manager());
  }

  /** Never throws: the answer says what happened, since nobody else would hear of it. */
  public ChatMessage start(ChatUserId caller, Command.Start start) {
    try {
      ZoneId zone = start.zone().or(() -> people.find(start.hire()).flatMap(People.Person::zone))
          .orElse(defaultZone);
      Hire hire = enroll.enroll(new EnrollmentRequest(caller, start.hire(), start.manager(), zone,
          start.templateId(), start.startDate(), start.buddy(), start.calendarId(), start.team(),
          start.managerChannel()));
      int messages = release.release(hire);
      int queued = reminders.queue(hire);
      wakeDispatcher.run();
      Text answer = texts.enrolled(hire, messages, queued);
      List<Integer> uncovered = enroll.yearsWithoutHolidays(hire);
      return ChatMessage.of(uncovered.isEmpty() ? answer : texts.withCalendarGap(answer, hire, uncovered));
    } catch (EnrollmentRefused refused) {
      return ChatMessage.of(texts.refused(refusals.of(refused.reason())));
    } catch (RuntimeException unexpected) {
      LOG.error("enrolling {} failed", start.hire(), unexpected);
      return ChatMessage.of(texts.enrolmentFailed(start.hire()));
    }
  }
}
