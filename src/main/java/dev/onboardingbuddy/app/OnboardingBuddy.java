package dev.onboardingbuddy.app;

import com.slack.api.bolt.App;
import dev.onboardingbuddy.checklist.TemplateCatalog;
import dev.onboardingbuddy.checklist.TemplateId;
import dev.onboardingbuddy.config.ConfigurationException;
import dev.onboardingbuddy.config.Settings;
import dev.onboardingbuddy.conversation.ChatUseCases;
import dev.onboardingbuddy.enrollment.TeamDirectory;
import dev.onboardingbuddy.holidays.PublicHolidaySources;
import dev.onboardingbuddy.http.HttpServer;
import dev.onboardingbuddy.http.Operations;
import dev.onboardingbuddy.metrics.DatabaseMeters;
import dev.onboardingbuddy.metrics.Metrics;
import dev.onboardingbuddy.metrics.OnboardingGauges;
import dev.onboardingbuddy.persistence.Database;
import dev.onboardingbuddy.persistence.DatabaseLimits;
import dev.onboardingbuddy.persistence.DatabaseVendor;
import dev.onboardingbuddy.scheduling.OutboxPump;
import dev.onboardingbuddy.scheduling.QuartzScheduling;
import dev.onboardingbuddy.slack.InlineAnswers;
import dev.onboardingbuddy.slack.JavalinBoltBridge;
import dev.onboardingbuddy.slack.SlackAppFactory;
import dev.onboardingbuddy.slack.SlackRequestTimer;
import dev.onboardingbuddy.slack.SlackSocketModeRunner;
import dev.onboardingbuddy.timeline.CalendarCatalog;
import dev.onboardingbuddy.yaml.CalendarFiles;
import dev.onboardingbuddy.yaml.ChecklistFiles;
import dev.onboardingbuddy.yaml.LoadResult;
import dev.onboardingbuddy.yaml.TeamFiles;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running bot: builds the object graph by hand, starts the parts in order (database, outbox, Slack, HTTP,
 * scheduler) and stops them in reverse, so that in-flight sends finish before the database closes. Parts that need
 * nothing from each other (the database, the files, Slack's App, the metrics) start side by side: see
 * {@link ParallelStart}.
 */
public final class OnboardingBuddy implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OnboardingBuddy.class);
    /**
     * Enrolments are mostly CPU on an embedded database: on 2 cores, 3 threads enrolled a burst of 1,000 hires as fast
     * as 8 did and acknowledged it twice as fast (the acknowledgements got the CPU back). One more than the cores
     * keeps a thread busy while another waits for the platform or PostgreSQL; at most 8, well inside the database
     * pool, which the senders and requests share.
     */
    private static final int BACKGROUND_THREADS =
            Math.min(8, Math.max(3, Runtime.getRuntime().availableProcessors() + 1));

    private final List<AutoCloseable> stopInOrder;
    private final HttpServer http;
    private final Components components;
    private final QuartzScheduling scheduler;

    private OnboardingBuddy(
            List<AutoCloseable> stopInOrder, HttpServer http, Components components, QuartzScheduling scheduler) {
        this.stopInOrder = stopInOrder;
        this.http = http;
        this.components = components;
        this.scheduler = scheduler;
    }

    /**
     * Starts everything.
     *
     * @throws ConfigurationException when a checklist or calendar file is invalid or a setting is missing
     */
    public static OnboardingBuddy start(Settings settings, Clock clock) {
        return start(settings, clock, UnaryOperator.identity());
    }

    /**
     * @param backgroundSeam wraps the pool that runs work after acknowledgements; a test drops that work to stop the
     *     worker right after an acknowledgement, as a crash would
     */
    static OnboardingBuddy start(Settings settings, Clock clock, UnaryOperator<Executor> backgroundSeam) {
        settings.requireServe();
        ParallelStart parallel = new ParallelStart();
        List<AutoCloseable> started = new ArrayList<>();
        try {
            // The database (pool, H2's file, then Flyway) is the longest chain: it opens while the files are read,
            // and migrates while the object graph is built. An invalid file still stops the start, after the
            // database opened; it is then closed again.
            ParallelStart.Step<Database> opening = parallel.begin("database", () -> connectDatabase(settings));
            ParallelStart.Step<Metrics> metering = parallel.begin("metrics", Metrics::new);
            // Bolt's start calls auth.test (a round trip to Slack, and the first use of its HTTP client): it fails
            // fast on a bad token before anything else is up. Listeners are registered on the started App below.
            ParallelStart.Step<StartedSlack> startingSlack =
                    parallel.begin("slack", () -> StartedSlack.start(settings));
            ParallelStart.Step<CalendarCatalog> readingCalendars = parallel.begin(
                    "calendars",
                    () -> valid(new CalendarFiles(PublicHolidaySources.standard())
                            .loadDirectory(settings.files().calendars())));
            TemplateCatalog templates =
                    valid(new ChecklistFiles().loadDirectory(settings.files().checklists()));
            TeamDirectory teams =
                    valid(new TeamFiles().loadDirectory(settings.files().teams()));
            CalendarCatalog calendars = readingCalendars.join();
            if (templates
                    .find(new TemplateId(settings.plan().defaultTemplate()))
                    .isEmpty()) {
                throw new ConfigurationException(
                        "ONBOARDING_DEFAULT_TEMPLATE is '" + settings.plan().defaultTemplate() + "', which is not in "
                                + settings.files().checklists() + "; choose one of: " + templates.ids());
            }
            Database database = opening.join();
            started.add(0, database);
            ParallelStart.Step<Boolean> migrating = parallel.begin("migrations", () -> {
                database.migrate();
                return true;
            });
            Metrics metrics = metering.join();
            started.add(0, metrics);
            StartedSlack slack = startingSlack.join();
            started.add(0, slack);
            DatabaseMeters.register(metrics.registry(), database.health());
            Components components = new Components(
                    settings, clock, database, templates, calendars, teams, metrics.registry(), slack.app());
            started.add(0, components.homes());
            OutboxPump pump = new OutboxPump(components.dispatcher(), Duration.ofSeconds(1), components.senders());
            started.add(0, pump);
            // stops before the pump: listeners still running here queue replies and wake the pump to send them
            BackgroundWork backgroundWork = new BackgroundWork(BACKGROUND_THREADS);
            started.add(0, backgroundWork);
            Executor background = backgroundSeam.apply(backgroundWork);
            ChatUseCases useCases = components.useCases(pump::wake, background);
            Optional<App> app = components.slackApp(useCases, background);
            ParallelStart.Step<QuartzScheduling> scheduling = parallel.begin(
                    "scheduler",
                    // Quartz's classes and configuration load while the database is migrated
                    () -> QuartzScheduling.create(
                            database.dataSource(),
                            database.vendor() == DatabaseVendor.POSTGRESQL,
                            components.recurringJobs(pump::wake)));
            // what stops after the scheduler; it is joined last but stops in its place in the order above
            int stopAfterScheduler = started.size();
            BooleanSupplier schedulerStarted =
                    () -> scheduling.ifDone().map(QuartzScheduling::isStarted).orElse(false);
            Map<String, BooleanSupplier> readiness = new LinkedHashMap<>();
            readiness.put("database", database::isReachable);
            readiness.put("migrations", database::migrationsApplied);
            readiness.put("scheduler", schedulerStarted);
            // Only states a restart cures: an unreachable PostgreSQL is not one (readiness reports it).
            Map<String, BooleanSupplier> liveness = new LinkedHashMap<>();
            liveness.put("database", database.health()::isAlive);
            liveness.put("scheduler", schedulerStarted);
            List<HttpServer.Route> routes = new ArrayList<>();
            if (app.isPresent()) {
                JavalinBoltBridge bridge = new JavalinBoltBridge(
                        app.get(),
                        settings.slack().signingSecret().value(),
                        clock,
                        settings.slack().ackDeadline(),
                        InlineAnswers.of(useCases.commands()));
                started.add(0, bridge);
                routes.add(new HttpServer.Route("/slack/events", new SlackRequestTimer(bridge, metrics.registry())));
            }
            components
                    .teamsHandler(useCases, pump::wake, background)
                    .ifPresent(handler -> routes.add(new HttpServer.Route("/api/messages", handler)));
            routes.addAll(components.hrApi());
            // Jetty starts while the database is migrated: the probes answer at once, the endpoints 503 until open
            HttpServer http = new HttpServer(
                            "0.0.0.0", settings.port(), routes, new Operations(readiness, liveness, metrics::scrape))
                    .start();
            started.add(0, http);
            // Nothing above read or wrote a table; everything below may (the pump at once).
            migrating.join();
            // the gauges read tables: registered once they exist, so that a scrape during the migration reads none
            OnboardingGauges.register(metrics.registry(), components.outbox(), components.reminders(), clock);
            http.open();
            pump.start();
            // what a crash cut short after an acknowledgement, at once rather than at the job's first run
            background.execute(components::resumeStartCommands);
            QuartzScheduling scheduler = scheduling.join();
            started.add(started.size() - stopAfterScheduler, scheduler);
            // last, so that the jobs' first runs (each fires at start) do not compete with the rest of the start
            scheduler.storeJobs().start();
            Optional<SlackSocketModeRunner> socketMode = app.flatMap(bolt ->
                    settings.slack().appToken().map(token -> new SlackSocketModeRunner(token.value(), bolt, 8)));
            if (socketMode.isPresent()) {
                socketMode.get().start();
                started.add(0, socketMode.get());
            }
            LOG.info(
                    "Onboarding Buddy is up on port {} ({}), {} checklist(s): {}",
                    http.port(),
                    (app.isEmpty() ? "no Slack" : socketMode.isPresent() ? "Slack over Socket Mode" : "Slack over HTTP")
                            + (settings.servesMsTeams() ? ", Teams on /api/messages" : ""),
                    templates.size(),
                    templates.ids());
            return new OnboardingBuddy(started, http, components, scheduler);
        } catch (Exception e) {
            parallel.abandon();
            closeAll(started);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("could not start: " + e.getMessage(), e);
        }
    }

    /** Slack's App when Slack is served, started; closing stops it (a failed start stops it this way). */
    private record StartedSlack(Optional<App> app) implements AutoCloseable {
        static StartedSlack start(Settings settings) {
            return new StartedSlack(
                    settings.servesSlack()
                            ? Optional.of(new SlackAppFactory(settings.slack())
                                    .createApp()
                                    .start())
                            : Optional.empty());
        }

        @Override
        public void close() {
            app.ifPresent(App::stop);
        }
    }

    private static Database connectDatabase(Settings settings) {
        return Database.connect(
                settings.database().url(),
                settings.database().user(),
                settings.database().password().value(),
                settings.database().poolSize(),
                new DatabaseLimits(
                        settings.database().connectionTimeout(),
                        settings.database().queryTimeout(),
                        settings.database().reopenGrace()));
    }

    public int port() {
        return http.port();
    }

    /** What Javalin registered, for the test that holds the API's OpenAPI document against it. */
    List<HttpServer.Registered> routes() {
        return http.registeredRoutes();
    }

    QuartzScheduling scheduler() {
        return scheduler;
    }

    Components components() {
        return components;
    }

    @Override
    public void close() {
        LOG.info("Onboarding Buddy is stopping");
        closeAll(stopInOrder);
    }

    private static void closeAll(List<AutoCloseable> parts) {
        for (AutoCloseable part : parts) {
            try {
                part.close();
            } catch (Exception e) {
                LOG.warn("stopping {} failed: {}", part, e.getMessage());
            }
        }
    }

    private static <T> T valid(LoadResult<T> result) {
        if (!result.isValid()) {
            throw new ConfigurationException(
                    "invalid checklist, calendar or team files; `serve` will not start until they are "
                            + "fixed (run `validate`):\n" + result.report());
        }
        return result.orElseThrow();
    }
}
