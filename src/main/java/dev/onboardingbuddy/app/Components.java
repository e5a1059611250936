package dev.onboardingbuddy.app;

import com.slack.api.bolt.App;
import dev.onboardingbuddy.checklist.TemplateCatalog;
import dev.onboardingbuddy.config.BackupSettings;
import dev.onboardingbuddy.config.MsTeamsSettings;
import dev.onboardingbuddy.config.OutboxSettings;
import dev.onboardingbuddy.config.Settings;
import dev.onboardingbuddy.conversation.AnswerDirectMessage;
import dev.onboardingbuddy.conversation.ChatUseCases;
import dev.onboardingbuddy.conversation.HireConversation;
import dev.onboardingbuddy.conversation.ItemButtons;
import dev.onboardingbuddy.conversation.MeetingButtons;
import dev.onboardingbuddy.conversation.PendingCommands;
import dev.onboardingbuddy.conversation.RefreshMessage;
import dev.onboardingbuddy.conversation.ResumeStartCommands;
import dev.onboardingbuddy.conversation.RunCommand;
import dev.onboardingbuddy.conversation.StartOnboarding;
import dev.onboardingbuddy.conversation.WelcomeNewcomers;
import dev.onboardingbuddy.enrollment.AccessPolicy;
import dev.onboardingbuddy.enrollment.AuditTrail;
import dev.onboardingbuddy.enrollment.EnrollmentDefaults;
import dev.onboardingbuddy.enrollment.EnrolmentHistory;
import dev.onboardingbuddy.enrollment.FinishProgrammes;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.HireRepository;
import dev.onboardingbuddy.enrollment.HireRequestRules;
import dev.onboardingbuddy.enrollment.KnownManagers;
import dev.onboardingbuddy.enrollment.ManageManagers;
import dev.onboardingbuddy.enrollment.People;
import dev.onboardingbuddy.enrollment.Platform;
import dev.onboardingbuddy.enrollment.TeamDirectory;
import dev.onboardingbuddy.home.BuildHome;
import dev.onboardingbuddy.home.ChangedHires;
import dev.onboardingbuddy.home.HomePublisher;
import dev.onboardingbuddy.home.HomeRefresher;
import dev.onboardingbuddy.home.WatchedHires;
import dev.onboardingbuddy.home.WatchedProgress;
import dev.onboardingbuddy.hrapi.ApiKeyAdmin;
import dev.onboardingbuddy.hrapi.HrApi;
import dev.onboardingbuddy.hrapi.JdbiApiKeys;
import dev.onboardingbuddy.hrapi.JdbiIdempotencyRecords;
import dev.onboardingbuddy.http.HttpServer;
import dev.onboardingbuddy.metrics.MeteredChatGateway;
import dev.onboardingbuddy.msteams.BotFrameworkAuth;
import dev.onboardingbuddy.msteams.ConnectorClient;
import dev.onboardingbuddy.msteams.JdbiTeamsDirectory;
import dev.onboardingbuddy.msteams.TeamsActivityHandler;
import dev.onboardingbuddy.msteams.TeamsChatGateway;
import dev.onboardingbuddy.msteams.TeamsPeople;
import dev.onboardingbuddy.notification.ChatGateway;
import dev.onboardingbuddy.notification.DispatchOutbox;
import dev.onboardingbuddy.notification.GatewaysByPlatform;
import dev.onboardingbuddy.notification.Outbox;
import dev.onboardingbuddy.notification.OutboxAdminAlerts;
import dev.onboardingbuddy.notification.Pace;
import dev.onboardingbuddy.notification.ProcessedEvents;
import dev.onboardingbuddy.notification.PruneOldRecords;
import dev.onboardingbuddy.notification.RetryPolicy;
import dev.onboardingbuddy.persistence.Database;
import dev.onboardingbuddy.persistence.H2Backups;
import dev.onboardingbuddy.persistence.JdbiAuditTrail;
import dev.onboardingbuddy.persistence.JdbiExpectedHires;
import dev.onboardingbuddy.persistence.JdbiHireRepository;
import dev.onboardingbuddy.persistence.JdbiHomeViewers;
import dev.onboardingbuddy.persistence.JdbiManagerGrants;
import dev.onboardingbuddy.persistence.JdbiOutbox;
import dev.onboardingbuddy.persistence.JdbiPendingCommands;
import dev.onboardingbuddy.persistence.JdbiProcessedEvents;
import dev.onboardingbuddy.persistence.JdbiProgressRepository;
import dev.onboardingbuddy.persistence.JdbiReminderLedger;
import dev.onboardingbuddy.persistence.JdbiReviewLog;
import dev.onboardingbuddy.persistence.JdbiSnoozes;
import dev.onboardingbuddy.persistence.JdbiTransactions;
import dev.onboardingbuddy.programme.ChangeEnrollment;
import dev.onboardingbuddy.programme.DepartureAlerts;
import dev.onboardingbuddy.programme.EnrolExpected;
import dev.onboardingbuddy.programme.EnrollNewHire;
import dev.onboardingbuddy.programme.ManageHireRecords;
import dev.onboardingbuddy.programme.NoticeDepartures;
import dev.onboardingbuddy.programme.RegisterHire;
import dev.onboardingbuddy.progress.CompleteItems;
import dev.onboardingbuddy.progress.ExportCompletions;
import dev.onboardingbuddy.progress.HireItemsLoader;
import dev.onboardingbuddy.progress.HireRecords;
import dev.onboardingbuddy.progress.ProgressReport;
import dev.onboardingbuddy.progress.ProgressRepository;
import dev.onboardingbuddy.progress.StatusSnapshots;
import dev.onboardingbuddy.reminders.ChecklistMessages;
import dev.onboardingbuddy.reminders.NudgeOverdueItems;
import dev.onboardingbuddy.reminders.QueueDueReminders;
import dev.onboardingbuddy.reminders.RecipientZones;
import dev.onboardingbuddy.reminders.RecordMeetings;
import dev.onboardingbuddy.reminders.ReleaseDueItems;
import dev.onboardingbuddy.reminders.ReminderLookahead;
import dev.onboardingbuddy.reminders.ReminderMessages;
import dev.onboardingbuddy.reminders.ReminderRouting;
import dev.onboardingbuddy.reminders.SendWindow;
import dev.onboardingbuddy.scheduling.RecurringJob;
import dev.onboardingbuddy.slack.BlockKitRenderer;
import dev.onboardingbuddy.slack.HomeTabRenderer;
import dev.onboardingbuddy.slack.SlackChatGateway;
import dev.onboardingbuddy.slack.SlackHomePublisher;
import dev.onboardingbuddy.slack.SlackListeners;
import dev.onboardingbuddy.slack.SlackPeople;
import dev.onboardingbuddy.slack.SlackWebApi;
import dev.onboardingbuddy.timeline.CalendarCatalog;
import dev.onboardingbuddy.timeline.QuietHours;
import dev.onboardingbuddy.timeline.TimelinePlanner;
import dev.onboardingbuddy.transactions.Transactions;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** The object graph, built with constructors in dependency order. Not thread-safe while building; immutable after. */
final class Components {
    /**
     * How long the home refresher gathers changes before publishing: long enough that a burst (five items ticked, a
     * release of several sections) costs one {@code views.publish} per person, short enough to feel immediate.
     */
    private static final Duration HOME_SETTLE = Duration.ofSeconds(1);

    private final Settings settings;
    private final Clock clock;
    private final TemplateCatalog templates;
    private final StatusSnapshots statusSnapshots;
    private final HireRepository hires;
    private final ProgressRepository progress;
    private final Outbox outbox;
    private final Transactions transactions;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final TimelinePlanner planner;
    private final HireItemsLoader items;
    private final ChecklistMessages messages = new ChecklistMessages();
    private final ReleaseDueItems release;
    private final Database database;
    private final CalendarCatalog calendars;
    private final Optional<App> app;
    private final JdbiTeamsDirectory teamsDirectory;
    private final Map<Platform, ChatGateway> gateways = new EnumMap<>(Platform.class);
    private final Map<Platform, People> people = new EnumMap<>(Platform.class);
    private final TeamDirectory teams;
    private final MeterRegistry meters;
    private final ReminderRouting routing;
    private final SendWindow window;
    private final ReminderMessages reminderMessages;
    private final JdbiReviewLog reviewLog;
    private final QueueDueReminders reminders;
    private final JdbiSnoozes snoozes;
    private final NudgeOverdueItems nudges;
    private final ProcessedEvents processedEvents;
    private GatewaysByPlatform byPlatform;
    private final PendingCommands pendingCommands;
    private final HomeRefresher homes;
    private final JdbiExpectedHires expectedHires;
    /** Set when Teams is served: the one Connector client its gateway and handler share (and its token). */
    private ConnectorClient connector;
    /** Set by {@link #useCases}, which builds what it needs. */
    private ResumeStartCommands resumeStarts;
    /** Set by {@link #useCases}: what follows an enrolment (release, reminders, wake), for the HR API too. */
    private Consumer<Hire> started;

    private EnrolExpected enrolExpected;
    private WelcomeNewcomers newcomers;

    Components(
            Settings settings,
            Clock clock,
            Database database,
            TemplateCatalog templates,
            CalendarCatalog calendars,
            TeamDirectory teams,
            MeterRegistry meters,
            Optional<App> app) {
        this.settings = settings;
        this.clock = clock;
        this.database = database;
        this.templates = templates;
        this.calendars = calendars;
        this.statusSnapshots = new StatusSnapshots(clock);
        HireRepository storedHires = new JdbiHireRepository(database.jdbi());
        ProgressRepository storedProgress = new JdbiProgressRepository(database.jdbi());
        this.outbox = new JdbiOutbox(database);
        this.teamsDirectory = new JdbiTeamsDirectory(database.jdbi());
        TeamsPeople teamsPeople = new TeamsPeople(teamsDirectory);
        this.app = app;
        // one for the process: it keeps the one Gson that parses the frequent Web API answers
        Optional<SlackWebApi> slackWebApi = app.map(SlackWebApi::of);
        app.ifPresent(bolt -> people.put(Platform.SLACK, new SlackPeople(bolt.client())));
        if (settings.servesMsTeams()) {
            people.put(Platform.MSTEAMS, teamsPeople);
        }
        this.audit = new JdbiAuditTrail(database.jdbi());
        this.access = new AccessPolicy(
                settings.admins(),
                teamsPeople::directoryIdOf,
                new KnownManagers(
                        settings.managers(), teams, new JdbiManagerGrants(database.jdbi(), database.vendor())),
                teams);
        HireItemsLoader storedItems = new HireItemsLoader(templates, storedProgress);
        this.homes = new HomeRefresher(
                new BuildHome(
                        storedHires,
                        storedItems,
                        new ProgressReport(storedHires, storedItems, access, statusSnapshots, clock),
                        access,
                        outbox,
                        clock),
                storedHires,
                teams,
                new JdbiHomeViewers(database.jdbi(), database.vendor()),
                clock,
                slackWebApi
                        .map(slack -> List.<HomePublisher>of(new SlackHomePublisher(slack, new HomeTabRenderer())))
                        .orElse(List.of()),
                HOME_SETTLE);
        // every change to hires and their items, whichever use case makes it, refreshes the homes that show it
        ReminderLookahead lookahead = new ReminderLookahead();
        ChangedHires changes = new ChangedHires(
                new JdbiTransactions(database.jdbi()),
                List.of(
                        homes,
                        (hires, people) -> statusSnapshots.changed(),
                        (hires, people) -> lookahead.forget(hires)));
        this.transactions = changes;
        this.hires = new WatchedHires(storedHires, changes);
        this.progress = new WatchedProgress(storedProgress, changes);
        this.planner =
                new TimelinePlanner(settings.plan().sendTime(), settings.plan().reminders());
        this.items = new HireItemsLoader(templates, progress);
        this.teams = teams;
        this.meters = meters;
        this.routing = new ReminderRouting(teams, managerChannels(settings));
        this.window = new SendWindow(
                new QuietHours(
                        settings.plan().quietHoursStart(), settings.plan().quietHoursEnd()),
                calendars,
                new RecipientZones(People.byPlatform(people), clock));
        this.reminderMessages = new ReminderMessages(settings.plan().reminders());
        this.release = new ReleaseDueItems(
                hires, items, progress, outbox, transactions, messages, routing, window, reminderMessages, clock);
        this.reviewLog = new JdbiReviewLog(database.jdbi(), database.vendor());
        this.snoozes = new JdbiSnoozes(database.jdbi());
        this.nudges = new NudgeOverdueItems(
                hires, progress, items, snoozes, window, outbox, settings.plan().sendTime(), clock);
        this.reminders = new QueueDueReminders(
                hires,
                items,
                reviewLog,
                planner,
                routing,
                window,
                reminderMessages,
                outbox,
                new JdbiReminderLedger(database.jdbi()),
                transactions,
                lookahead,
                clock);
        this.processedEvents = new JdbiProcessedEvents(database.jdbi(), database.vendor());
        this.pendingCommands = new JdbiPendingCommands(database);
        this.expectedHires = new JdbiExpectedHires(database.jdbi());
        slackWebApi.ifPresent(
                slack -> gateways.put(Platform.SLACK, new SlackChatGateway(slack, new BlockKitRenderer())));
        if (settings.servesMsTeams()) {
            MsTeamsSettings msteams = settings.msteams();
            this.connector = new ConnectorClient(
                    URI.create(msteams.tokenUrl()),
                    msteams.appId(),
                    msteams.appPassword().value(),
                    clock,
                    Duration.ofSeconds(10));
            gateways.put(
                    Platform.MSTEAMS,
                    new TeamsChatGateway(
                            connector,
                            teamsDirectory,
                            msteams.appId(),
                            msteams.tenantId(),
                            msteams.serviceUrl(),
                            clock));
        }
    }

    /** The handler of Teams' {@code POST /api/messages}, when the installation serves Teams. */
    Optional<TeamsActivityHandler> teamsHandler(ChatUseCases useCases, Runnable wakeDispatcher, Executor background) {
        if (!settings.servesMsTeams()) {
            return Optional.empty();
        }
        MsTeamsSettings msteams = settings.msteams();
        BotFrameworkAuth auth = new BotFrameworkAuth(
                msteams.appId(), URI.create(msteams.openIdMetadataUrl()), clock, Duration.ofSeconds(2));
        return Optional.of(new TeamsActivityHandler(
                auth,
                teamsDirectory,
                useCases,
                gateways.get(Platform.MSTEAMS),
                outbox,
                processedEvents,
                wakeDispatcher,
                background,
                connector::member,
                clock));
    }

    private static Map<Platform, String> managerChannels(Settings settings) {
        Map<Platform, String> channels = new EnumMap<>(Platform.class);
        if (settings.servesSlack()) {
            channels.put(Platform.SLACK, settings.slack().managerChannel());
        }
        if (settings.servesMsTeams()) {
            channels.put(Platform.MSTEAMS, settings.msteams().managerChannel());
        }
        return channels;
    }

    /**
     * Every platform's gateway behind one, which routes each message by its recipient's platform and keeps each
     * platform within its budget for the whole workspace. Built once: the budgets are shared by all senders.
     */
    ChatGateway gateway() {
        if (byPlatform == null) {
            OutboxSettings pace = settings.plan().outbox();
            byPlatform = new GatewaysByPlatform(
                    gateways,
                    Map.of(
                            Platform.SLACK, Pace.perMinute(pace.slackBudgetPerMinute()),
                            Platform.MSTEAMS, Pace.perSecond(pace.msteamsBudgetPerSecond())),
                    clock);
        }
        return byPlatform;
    }

    /** How many conversations this instance sends to at once. */
    int senders() {
        return settings.plan().outbox().senders();
    }

    DispatchOutbox dispatcher() {
        return new DispatchOutbox(
                outbox,
                new MeteredChatGateway(gateway(), meters),
                new DepartureAlerts(new OutboxAdminAlerts(outbox, access.admins(), clock), departures(() -> {})),
                RetryPolicy.DEFAULT,
                clock,
                () -> ThreadLocalRandom.current().nextDouble(),
                "node-" + UUID.randomUUID(),
                settings.plan().outboxLease());
    }

    private ChangeEnrollment changeEnrollment() {
        return new ChangeEnrollment(
                hires, progress, templates, calendars, planner, transactions, access, outbox, audit, clock);
    }

    private NoticeDepartures departures(Runnable wakeDispatcher) {
        return new NoticeDepartures(hires, changeEnrollment(), outbox, access.admins(), wakeDispatcher, clock);
    }

    /** The use cases every platform's listeners call; built once, so both platforms keep one set of rules. */
    ChatUseCases useCases(Runnable wakeDispatcher, Executor background) {
        CompleteItems complete = new CompleteItems(items, progress, clock);
        ChangeEnrollment change = changeEnrollment();
        EnrollNewHire enroll = new EnrollNewHire(
                templates, calendars, planner, hires, progress, transactions, access, defaults(), teams, audit, clock);
        StartOnboarding start = new StartOnboarding(
                enroll,
                release,
                reminders,
                People.byPlatform(people),
                settings.plan().defaultTimeZone(),
                wakeDispatcher,
                pendingCommands,
                transactions,
                clock);
        this.started = hire -> {
            release.release(hire);
            reminders.queue(hire);
            wakeDispatcher.run();
        };
        this.enrolExpected = new EnrolExpected(
                expectedHires, enroll, people, settings.plan().defaultTimeZone(), transactions, started);
        this.newcomers = new WelcomeNewcomers(
                enrolExpected, hires, access.admins(), start, templates, outbox, wakeDispatcher, clock);
        this.resumeStarts = new ResumeStartCommands(pendingCommands, start, outbox, wakeDispatcher, clock);
        RunCommand commands = new RunCommand(
                start,
                change,
                new ProgressReport(hires, items, access, statusSnapshots, clock),
                new ManageManagers(access, transactions, audit, clock),
                new EnrolmentHistory(hires, audit, access),
                release,
                wakeDispatcher,
                background);
        AnswerDirectMessage directMessages = new AnswerDirectMessage(
                new HireConversation(hires, items, complete, outbox, clock),
                processedEvents,
                outbox,
                transactions,
                wakeDispatcher,
                clock);
        ItemButtons itemButtons = new ItemButtons(
                hires,
                access,
                complete,
                new RefreshMessage(outbox, items, messages, clock),
                snoozes,
                outbox,
                transactions,
                wakeDispatcher,
                clock);
        MeetingButtons meetingButtons = new MeetingButtons(
                hires,
                items,
                new RecordMeetings(items, progress, reviewLog, routing, access, transactions, clock),
                outbox,
                reviewLog,
                wakeDispatcher,
                clock);
        return new ChatUseCases(
                commands, directMessages, itemButtons, meetingButtons, change, departures(wakeDispatcher), newcomers);
    }

    private EnrollmentDefaults defaults() {
        return new EnrollmentDefaults(
                settings.plan().defaultTemplate(), settings.plan().defaultCalendar());
    }

    /** The HR system API's routes; call after {@link #useCases}, whose enrolment steps it shares. */
    List<HttpServer.Route> hrApi() {
        ExportCompletions export = new ExportCompletions(progress, hires, expectedHires, templates);
        return new HrApi(
                        new JdbiApiKeys(database.jdbi()),
                        new JdbiIdempotencyRecords(database.jdbi()),
                        settings.api(),
                        new RegisterHire(
                                expectedHires,
                                hires,
                                enrolExpected,
                                people,
                                new HireRequestRules(people.keySet(), templates, calendars, teams, defaults()),
                                clock),
                        new ManageHireRecords(hires, expectedHires, changeEnrollment(), people, started),
                        new HireRecords(
                                hires,
                                expectedHires,
                                items,
                                export,
                                settings.plan().defaultTemplate(),
                                clock),
                        export,
                        people,
                        clock)
                .routes();
    }

    /** The Bolt App with every listener registered, when the installation serves Slack. */
    Optional<App> slackApp(ChatUseCases useCases, Executor background) {
        app.ifPresent(bolt -> SlackListeners.register(bolt, useCases, gateways.get(Platform.SLACK), homes, background));
        return app;
    }

    List<RecurringJob> recurringJobs(Runnable wakeDispatcher) {
        PruneOldRecords prune = new PruneOldRecords(processedEvents, outbox, clock);
        return Stream.concat(
                        Stream.of(
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
                                new RecurringJob(
                                        "resume-start-commands", Duration.ofMinutes(1), this::resumeStartCommands),
                                // the safety net under team_join and Teams installs: people imported, or who joined
                                // while the bot was down
                                new RecurringJob(
                                        "enrol-expected-hires", Duration.ofMinutes(10), newcomers::enrolWaiting),
                                new RecurringJob(
                                        "prune-api-idempotency",
                                        Duration.ofDays(1),
                                        () -> new JdbiIdempotencyRecords(database.jdbi())
                                                .pruneBefore(clock.instant().minus(Duration.ofDays(1)))),
                                new RecurringJob(
                                        "finish-programmes",
                                        Duration.ofHours(1),
                                        () -> new FinishProgrammes(hires, templates, clock).finishAll()),
                                new RecurringJob("prune-old-records", Duration.ofDays(1), prune::pruneAll)),
                        backupJob().stream())
                .toList();
    }

    /** Absent when BACKUP_INTERVAL_HOURS is 0; on PostgreSQL the job runs but only logs that it does nothing. */
    private Optional<RecurringJob> backupJob() {
        BackupSettings backup = settings.backups();
        if (!backup.enabled()) {
            return Optional.empty();
        }
        H2Backups backups = new H2Backups(database, backup.directory(), backup.keep(), clock);
        return Optional.of(
                new RecurringJob("backup-database", backup.interval(), () -> backups.backUpIfDue(backup.interval())));
    }

    /** Finishes acknowledged start commands whose worker stopped; call after {@link #useCases}. */
    void resumeStartCommands() {
        resumeStarts.resumeAbandoned();
    }

    /** Publishes homes; closed before the database, as it reads from it. */
    HomeRefresher homes() {
        return homes;
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

    /** Makes and revokes API keys in this bot's database, as the {@code api-key} command does. */
    ApiKeyAdmin apiKeys() {
        return new ApiKeyAdmin(new JdbiApiKeys(database.jdbi()), clock);
    }

    /** The job's work, for tests that cannot wait ten minutes. */
    int enrolExpectedHires() {
        return newcomers.enrolWaiting();
    }

    AuditTrail audit() {
        return audit;
    }

    HireRepository hires() {
        return hires;
    }

    ProgressRepository progress() {
        return progress;
    }
}
