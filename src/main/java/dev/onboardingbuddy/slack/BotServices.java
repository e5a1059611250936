package dev.onboardingbuddy.slack;

import dev.onboardingbuddy.enrollment.ChangeEnrollment;
import dev.onboardingbuddy.enrollment.EnrollNewHire;
import dev.onboardingbuddy.enrollment.HireRepository;
import dev.onboardingbuddy.notification.ChecklistMessages;
import dev.onboardingbuddy.notification.Outbox;
import dev.onboardingbuddy.notification.ProcessedEvents;
import dev.onboardingbuddy.notification.QueueDueReminders;
import dev.onboardingbuddy.notification.RecordMeetings;
import dev.onboardingbuddy.notification.ReleaseDueItems;
import dev.onboardingbuddy.notification.Snoozes;
import dev.onboardingbuddy.notification.Transactions;
import dev.onboardingbuddy.progress.CompleteItems;
import dev.onboardingbuddy.progress.HireItemsLoader;
import dev.onboardingbuddy.progress.ProgressReport;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The core use cases and ports the Slack listeners call, handed over as one value by the composition root.
 *
 * @param wakeDispatcher asks the outbox dispatcher to send now rather than at its next poll
 * @param defaultZone for people whose Slack profile has no time zone
 */
public record BotServices(
    EnrollNewHire enroll,
    ChangeEnrollment change,
    ProgressReport report,
    CompleteItems complete,
    ReleaseDueItems release,
    QueueDueReminders reminders,
    RecordMeetings meetings,
    Snoozes snoozes,
    HireRepository hires,
    HireItemsLoader items,
    Outbox outbox,
    ProcessedEvents processedEvents,
    Transactions transactions,
    ChecklistMessages messages,
    Runnable wakeDispatcher,
    Clock clock,
    ZoneId defaultZone) {}
