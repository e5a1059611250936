package dev.onboardingbuddy.scheduling;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.GroupMatcher;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

/**
 * Quartz on the bot's own database (JDBC job store, tables from the Flyway migrations), clustered so that several
 * instances share the jobs and take over those of a dead one. Quartz uses the application's connection pool.
 */
public final class QuartzScheduling implements AutoCloseable {
    private static final String GROUP = "onboarding-buddy";
    private final Scheduler scheduler;
    private final List<RecurringJob> jobs;

    private QuartzScheduling(Scheduler scheduler, List<RecurringJob> jobs) {
        this.scheduler = scheduler;
        this.jobs = List.copyOf(jobs);
    }

    /**
     * Builds the scheduler without touching a table: the slow part (Quartz's classes and configuration), done while
     * the database is migrated. {@link #storeJobs()} then stores the jobs and {@link #start()} lets them fire.
     *
     * @param postgres whether the database is PostgreSQL (its delegate reads BYTEA job data)
     */
    public static QuartzScheduling create(DataSource dataSource, boolean postgres, List<RecurringJob> jobs)
            throws SchedulerException {
        // DBConnectionManager is a JVM-wide registry: a unique name keeps two bots in one JVM (tests) apart.
        String dataSourceName = "buddy-" + UUID.randomUUID();
        DBConnectionManager.getInstance().addConnectionProvider(dataSourceName, new PoolProvider(dataSource));
        Properties properties = new Properties();
        properties.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, GROUP);
        properties.setProperty(
                StdSchedulerFactory.PROP_SCHED_INSTANCE_ID, StdSchedulerFactory.AUTO_GENERATE_INSTANCE_ID);
        properties.setProperty(
                "org.quartz.scheduler.instanceIdGenerator.class", "org.quartz.simpl.SimpleInstanceIdGenerator");
        properties.setProperty("org.quartz.threadPool.threadCount", "2");
        properties.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        properties.setProperty(
                "org.quartz.jobStore.driverDelegateClass",
                postgres
                        ? "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate"
                        : "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        properties.setProperty("org.quartz.jobStore.dataSource", dataSourceName);
        properties.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        properties.setProperty("org.quartz.jobStore.isClustered", "true");
        properties.setProperty("org.quartz.jobStore.clusterCheckinInterval", "7500");
        properties.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
        StdSchedulerFactory factory = new StdSchedulerFactory(properties);
        Scheduler scheduler = factory.getScheduler();
        scheduler.setJobFactory(new UseCaseJobFactory(
                jobs.stream().collect(Collectors.toMap(RecurringJob::name, RecurringJob::useCase))));
        return new QuartzScheduling(scheduler, jobs);
    }

    /** Stores the jobs, not yet firing; the job store's tables must exist. */
    public QuartzScheduling storeJobs() throws SchedulerException {
        forgetUnregistered(scheduler, jobs);
        for (RecurringJob job : jobs) {
            schedule(scheduler, job);
        }
        return this;
    }

    /** Lets the jobs fire: each at once (they start now), then at its interval. */
    public QuartzScheduling start() throws SchedulerException {
        scheduler.start();
        return this;
    }

    /**
     * Deletes stored jobs this build no longer registers (a job switched off by a setting, say): the JDBC job store
     * keeps them, and they would fail at every firing with no use case to run.
     */
    private static void forgetUnregistered(Scheduler scheduler, List<RecurringJob> jobs) throws SchedulerException {
        Set<String> registered = jobs.stream().map(RecurringJob::name).collect(Collectors.toSet());
        for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
            if (!registered.contains(key.getName())) {
                scheduler.deleteJob(key);
            }
        }
    }

    /** Idempotent across instances and restarts: an existing trigger is replaced, not duplicated. */
    private static void schedule(Scheduler scheduler, RecurringJob job) throws SchedulerException {
        JobDetail detail = JobBuilder.newJob(JobRunner.class)
                .withIdentity(JobKey.jobKey(job.name(), GROUP))
                .storeDurably()
                .build();
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(TriggerKey.triggerKey(job.name(), GROUP))
                .forJob(detail)
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(job.interval().toMillis())
                        .repeatForever()
                        // after downtime: run once now, then keep the interval; missed runs are not replayed one by one
                        .withMisfireHandlingInstructionNowWithExistingCount())
                .startNow()
                .build();
        scheduler.scheduleJob(detail, Set.of(trigger), true);
    }

    /** The names of the jobs in the job store, for operators and tests. */
    public SortedSet<String> jobNames() {
        try {
            return scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP)).stream()
                    .map(JobKey::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot read the job store", e);
        }
    }

    public boolean isStarted() {
        try {
            return scheduler.isStarted() && !scheduler.isShutdown();
        } catch (SchedulerException e) {
            return false;
        }
    }

    /** Waits for running jobs to finish. */
    @Override
    public void close() {
        try {
            scheduler.shutdown(true);
        } catch (SchedulerException e) {
            throw new IllegalStateException("Quartz did not shut down cleanly", e);
        }
    }

    private record PoolProvider(DataSource dataSource) implements ConnectionProvider {
        @Override
        public Connection getConnection() throws SQLException {
            return dataSource.getConnection();
        }

        @Override
        public void shutdown() {
            // the pool belongs to the application, which closes it after Quartz
        }

        @Override
        public void initialize() {}
    }
}
