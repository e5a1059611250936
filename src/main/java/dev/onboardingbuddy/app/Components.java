package dev.onboardingbuddy.app;

import com.slack.api.bolt.App;
import dev.onboardingbuddy.checklist.TemplateCatalog;
import dev.onboardingbuddy.config.BackupSettings;
import dev.onboardingbuddy.config.Settings;
import dev.onboardingbuddy.enrollment.AccessPolicy;
import dev.onboardingbuddy.enrollment.ChangeEnrollment;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.EnrollNewHire;
import dev.onboardingbuddy.enrollment.EnrollmentDefaults;
import dev.onboardingbuddy.enrollment.FinishProgrammes;
import dev.onboardingbuddy.enrollment.HireRepository;
import dev.onboardingbuddy.enrollment.TeamDirectory;
import dev.onboardingbuddy.notification.ChecklistMessages;
import dev.onboardingbuddy.notification.DispatchOutbox;
import dev.onboardingbuddy.notification.HireConversation;
import dev.onboardingbuddy.notification.Outbox;
import dev.onboardingbuddy.notification.OutboxAdminAlerts;
import dev.onboardingbuddy.notification.NudgeOverdueItems;
import dev.onboardingbuddy.notification.ProcessedEvents;
import dev.onboardingbuddy.notification.PruneOldRecords;
import dev.onboardingbuddy.notification.QueueDueReminders;
import dev.onboardingbuddy.notification.RecordMeetings;
import dev.onboardingbuddy.notification.ReleaseDueItems;
import dev.onboardingbuddy.notification.ReminderMessages;
import dev.onboardingbuddy.notification.ReminderRouting;
import dev.onboardingbuddy.notification.RetryPolicy;
import dev.onboardingbuddy.notification.Transactions;
import dev.onboardingbuddy.metrics.MeteredChatGateway;
import dev.onboardingbuddy.persistence.Database;
import dev.onboardingbuddy.persistence.H2Backups;
import dev.onboardingbuddy.persistence.JdbiHireRepository;
import dev.onboardingbuddy.persistence.JdbiOutbox;
import dev.onboardingbuddy.persistence.JdbiProcessedEvents;
import dev.onboardingbuddy.persistence.JdbiProgressRepository;
import dev.onboardingbuddy.persistence.JdbiReviewLog;
import dev.onboardingbuddy.persistence.JdbiSnoozes;
import dev.onboardingbuddy.persistence.JdbiTransactions;
import dev.onboardingbuddy.progress.CompleteItems;
import dev.onboardingbuddy.progress.HireItemsLoader;
import dev.onboardingbuddy.progress.ProgressReport;
import dev.onboardingbuddy.progress.ProgressRepository;
import dev.onboardingbuddy.scheduling.RecurringJob;
import dev.onboardingbuddy.slack.BackgroundWork;
import dev.onboardingbuddy.slack.BotServices;
import dev.onboardingbuddy.slack.SlackAppFactory;
import dev.onboardingbuddy.slack.SlackChatGateway;
import dev.onboardingbuddy.slack.SlackListeners;
import dev.onboardingbuddy.timeline.CalendarCatalog;
import dev.onboardingbuddy.timeline.QuietHours;
import dev.onboardingbuddy.timeline.TimelinePlanner;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The object graph, built with constructors in dependency order. Not thread-safe while building; immutable after. */
final class Components {
  private final Settings settings;
  private final Clock clock;
  private final TemplateCatalog templates;
  private final HireRepository hires;
  private final ProgressRepository progress;
  private final Outbox outbox;
  private final Transactions transactions;
  private final AccessPolicy access;
  private final TimelinePlanner planner;
  private final HireItemsLoader items;
  private final ChecklistMessages messages = new ChecklistMessages();
  private final ReleaseDueItems release;
  private final Database database;
  private final CalendarCatalog calendars;
  private final App app;
  private final SlackChatGateway gateway;
  private final TeamDirectory teams;
  private final MeterRegistry meters;
  private final ReminderRouting routing;
  private final ReminderMessages reminderMessages;
  private final JdbiReviewLog reviewLog;
  private final QueueDueReminders reminders;
  private final JdbiSnoozes snoozes;
  private final NudgeOverdueItems nudges;
  private final ProcessedEvents processedEvents;

  Components(Settings settings, Clock clock, Database database, TemplateCatalog templates,
      CalendarCatalog calendars, TeamDirectory teams, MeterRegistry meters) {
    this.settings = settings;
    this.clock = clock;
    this.database = database;
    this.templates = templates;
    this.calendars = calendars;
    this.hires = new JdbiHireRepository(database.jdbi());
    this.progress = new JdbiProgressRepository(database.jdbi());
    this.outbox = new JdbiOutbox(database.jdbi(), database.vendor());
    this.transactions = new JdbiTransactions(database.jdbi());
    this.access = new AccessPolicy(settings.slack().admins().stream().map(ChatUserId::new)
        .collect(Collectors.toSet()));
    this.planner = new TimelinePlanner(settings.plan().sendTime(), settings.plan().reminders());
    this.items = new HireItemsLoader(templates, progress);
    this.teams = teams;
    this.meters = meters;
    this.routing = new ReminderRouting(teams, calendars,
        new QuietHours(settings.plan().quietHoursStart(), settings.plan().quietHoursEnd()),
        settings.slack().managerChannel());
    this.reminderMessages = new ReminderMessages(settings.plan().reminders());
    this.release = new ReleaseDueItems(hires, items, progress, outbox, transactions, messages, routing,
        reminderMessages, clock);
    this.reviewLog = new JdbiReviewLog(database.jdbi(), database.vendor());
    this.snoozes = new JdbiSnoozes(database.jdbi());
    this.nudges = new NudgeOverdueItems(hires, items, snoozes, routing, outbox, settings.plan().sendTime(), clock);
    this.reminders = new QueueDueReminders(hires, items, reviewLog, planner, routing, reminderMessages, outbox,
        clock);
    this.processedEvents = new JdbiProcessedEvents(database.jdbi(), database.vendor());
    this.app = new SlackAppFactory(new dev.onboardingbuddy.slack.SlackSettings(settings.slack().botToken().value(),
        settings.slack().signingSecret().value(), URI.create(settings.slack().apiUrl())),
        settings.slack().apiTimeout()).createApp();
    this.gateway = new SlackChatGateway(app.client(),
        new dev.onboardingbuddy.slack.BlockKitRenderer());
  }

  DispatchOutbox dispatcher() {
    return new DispatchOutbox(outbox, new MeteredChatGateway(gateway, meters), new OutboxAdminAlerts(outbox, access.admins(), clock),
        RetryPolicy.DEFAULT, clock, () -> ThreadLocalRandom.current().nextDouble(),
        "node-" + UUID.randomUUID(), settings.plan().outboxLease());
  }

  App slackApp(Runnable wakeDispatcher, BackgroundWork background) {
    CompleteItems complete = new CompleteItems(items, progress, clock);
    BotServices services = new BotServices(
        new EnrollNewHire(templates, calendars, planner, hires, progress, transactions, access,
            new EnrollmentDefaults(settings.plan().defaultTemplate(), settings.plan().defaultCalendar()), teams,
            clock),
        new ChangeEnrollment(hires, progress, templates, calendars, planner, transactions, access, outbox, clock),
        new ProgressReport(hires, items, access, clock),
        complete, release, reminders,
        new RecordMeetings(items, progress, reviewLog, routing, access, transactions, clock), snoozes, hires, items,
        outbox, processedEvents,
        transactions, messages, wakeDispatcher, clock, settings.plan().defaultTimeZone());
    HireConversation conversation = new HireConversation(hires, items, complete, outbox, clock);
    SlackListeners.register(app, services, conversation, gateway, background);
    return app;
  }

  List<RecurringJob> recurringJobs(Runnable wakeDispatcher) {
    PruneOldRecords prune = new PruneOldRecords(processedEvents, outbox, clock);
    return Stream.concat(Stream.of(
        new RecurringJob("release-due-items", Duration.ofMinutes(1), () -> {
          if (release.releaseAll() > 0) {
            wakeDispatcher.run();
          }
        }),
        new RecurringJob("queue-due-reminders", Duration.ofMinutes(1), () -> {
          if (reminders.queueAll() > 0) {
            wakeDispatcher.run();
          }
        }),
        new RecurringJob("nudge-overdue-items", Duration.ofMinutes(15), () -> {
          if (nudges.nudgeAll() > 0) {
            wakeDispatcher.run();
          }
        }),
        new RecurringJob("finish-programmes", Duration.ofHours(1),
            () -> new FinishProgrammes(hires, templates, clock).finishAll()),
        new RecurringJob("prune-old-records", Duration.ofDays(1), prune::pruneAll)), backupJob().stream()).toList();
  }

  /** Absent when BACKUP_INTERVAL_HOURS is 0; on PostgreSQL the job runs but only logs that it does nothing. */
  private Optional<RecurringJob> backupJob() {
    BackupSettings backup = settings.backups();
    if (!backup.enabled()) {
      return Optional.empty();
    }
    H2Backups backups = new H2Backups(database, backup.directory(), backup.keep(), clock);
    return Optional.of(new RecurringJob("backup-database", backup.interval(),
        () -> backups.backUpIfDue(backup.interval())));
  }

  NudgeOverdueItems nudges() {
    return nudges;
  }

  QueueDueReminders reminders() {
    return reminders;
  }

  ReleaseDueItems release() {
    return release;
  }

  Outbox outbox() {
    return outbox;
  }

  HireRepository hires() {
    return hires;
  }

  ProgressRepository progress() {
    return progress;
  }
}
