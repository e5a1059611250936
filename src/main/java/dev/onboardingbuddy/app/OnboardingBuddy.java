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
 * scheduler) and stops them in reverse, so that in-flight sends finish before the database closes.
 */
public final class OnboardingBuddy implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OnboardingBuddy.class);
    private static final int BACKGROUND_THREADS = 8;

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
        TemplateCatalog templates =
                valid(new ChecklistFiles().loadDirectory(settings.files().checklists()));
        CalendarCatalog calendars = valid(new CalendarFiles(PublicHolidaySources.standard())
                .loadDirectory(settings.files().calendars()));
        TeamDirectory teams =
                valid(new TeamFiles().loadDirectory(settings.files().teams()));
        if (templates.find(new TemplateId(settings.plan().defaultTemplate())).isEmpty()) {
            throw new ConfigurationException(
                    "ONBOARDING_DEFAULT_TEMPLATE is '" + settings.plan().defaultTemplate() + "', which is not in "
                            + settings.files().checklists() + "; choose one of: " + templates.ids());
        }
        List<AutoCloseable> started = new ArrayList<>();
        try {
            Database database = Database.open(
                    settings.database().url(),
                    settings.database().user(),
                    settings.database().password().value(),
                    settings.database().poolSize(),
                    new DatabaseLimits(
                            settings.database().connectionTimeout(),
                            settings.database().queryTimeout(),
                            settings.database().reopenGrace()));
            started.add(0, database);
            Metrics metrics = new Metrics();
            started.add(0, metrics);
            DatabaseMeters.register(metrics.registry(), database.health());
            Components components =
                    new Components(settings, clock, database, templates, calendars, teams, metrics.registry());
            started.add(0, components.homes());
            OnboardingGauges.register(metrics.registry(), components.outbox(), components.reminders(), clock);
            OutboxPump pump =
                    new OutboxPump(components.dispatcher(), Duration.ofSeconds(1), components.senders()).start();
            started.add(0, pump);
            // stops before the pump: listeners still running here queue replies and wake the pump to send them
            // enough that a burst of enrolments overlaps its waits for the database's commits and the platforms'
            // answers
            BackgroundWork backgroundWork = new BackgroundWork(BACKGROUND_THREADS);
            started.add(0, backgroundWork);
            Executor background = backgroundSeam.apply(backgroundWork);
            ChatUseCases useCases = components.useCases(pump::wake, background);
            Optional<App> app = components.slackApp(useCases, background);
            if (app.isPresent()) {
                app.get().start();
                started.add(0, app.get()::stop);
            }
            // what a crash cut short after an acknowledgement, at once rather than at the job's first run
            background.execute(components::resumeStartCommands);
            QuartzScheduling scheduler = QuartzScheduling.start(
                    database.dataSource(),
                    database.vendor() == DatabaseVendor.POSTGRESQL,
                    components.recurringJobs(pump::wake));
            started.add(0, scheduler);
            Optional<SlackSocketModeRunner> socketMode = app.flatMap(bolt ->
                    settings.slack().appToken().map(token -> new SlackSocketModeRunner(token.value(), bolt, 8)));
            if (socketMode.isPresent()) {
                socketMode.get().start();
                started.add(0, socketMode.get());
            }
            Map<String, BooleanSupplier> readiness = new LinkedHashMap<>();
            readiness.put("database", database::isReachable);
            readiness.put("migrations", database::migrationsApplied);
            readiness.put("scheduler", scheduler::isStarted);
            // Only states a restart cures: an unreachable PostgreSQL is not one (readiness reports it).
            Map<String, BooleanSupplier> liveness = new LinkedHashMap<>();
            liveness.put("database", database.health()::isAlive);
            liveness.put("scheduler", scheduler::isStarted);
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
            HttpServer http = new HttpServer(
                            "0.0.0.0", settings.port(), routes, new Operations(readiness, liveness, metrics::scrape))
                    .start();
            started.add(0, http);
            LOG.info(
                    "Onboarding Buddy is up on port {} ({}), {} checklist(s): {}",
                    http.port(),
                    (app.isEmpty() ? "no Slack" : socketMode.isPresent() ? "Slack over Socket Mode" : "Slack over HTTP")
                            + (settings.servesMsTeams() ? ", Teams on /api/messages" : ""),
                    templates.size(),
                    templates.ids());
            return new OnboardingBuddy(started, http, components, scheduler);
        } catch (Exception e) {
            closeAll(started);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("could not start: " + e.getMessage(), e);
        }
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
