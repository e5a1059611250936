package dev.onboardingbuddy.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;

/**
 * The connection pool, the migrated schema and the {@link Jdbi} on top of them. Open once at start-up, share, and
 * close last (after Quartz and the dispatcher stop). Thread-safe.
 */
public final class Database implements AutoCloseable {

    /** An H2 file under the working directory: fine for one instance; several instances need PostgreSQL. */
    public static final String DEFAULT_URL = "jdbc:h2:file:./data/onboarding-buddy";

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final DatabaseVendor vendor;
    private final DatabaseHealth health;
    private final GroupCommit groupCommit;

    private Database(HikariDataSource dataSource, Jdbi jdbi, DatabaseVendor vendor, DatabaseHealth health) {
        this.dataSource = dataSource;
        this.jdbi = jdbi;
        this.vendor = vendor;
        this.health = health;
        this.groupCommit = new GroupCommit(jdbi);
    }

    /** With {@link DatabaseLimits#DEFAULTS}. */
    public static Database open(String jdbcUrl, String user, String password, int poolSize) {
        return open(jdbcUrl, user, password, poolSize, DatabaseLimits.DEFAULTS);
    }

    /**
     * Opens the pool and migrates the schema to the latest version.
     *
     * @param jdbcUrl {@code jdbc:h2:...} or {@code jdbc:postgresql:...}
     * @param poolSize the most connections held; the dispatcher, Quartz's threads and HTTP requests share them
     */
    public static Database open(String jdbcUrl, String user, String password, int poolSize, DatabaseLimits limits) {
        Database database = connect(jdbcUrl, user, password, poolSize, limits);
        try {
            database.migrate();
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * Opens the pool, not yet migrated: {@code serve} builds its object graph while {@link #migrate()} runs, and
     * touches no table before it returns. Same parameters as {@link #open(String, String, String, int,
     * DatabaseLimits)}.
     */
    public static Database connect(String jdbcUrl, String user, String password, int poolSize, DatabaseLimits limits) {
        DatabaseVendor vendor = DatabaseVendor.fromJdbcUrl(jdbcUrl);
        if (poolSize < 1) {
            throw new IllegalArgumentException("database pool size is " + poolSize + "; set it to 1 or more");
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("onboarding-buddy-db");
        config.setJdbcUrl(vendor == DatabaseVendor.H2 ? withH2Defaults(jdbcUrl) : jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setConnectionTimeout(limits.connectionTimeout().toMillis());
        config.setValidationTimeout(limits.validationTimeout().toMillis());
        if (vendor == DatabaseVendor.POSTGRESQL) {
            postgresTimeouts(config, limits);
        }
        DatabaseHealth health = new DatabaseHealth(limits.reopenGrace(), System::nanoTime);
        config.setExceptionOverride(health.exceptionOverride());
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            return new Database(dataSource, createJdbi(dataSource, limits), vendor, health);
        } catch (RuntimeException e) {
            health.close();
            dataSource.close();
            throw e;
        }
    }

    /** Migrates the schema to the latest version (Flyway), then watches the database's health. Call once. */
    public void migrate() {
        migrating = true;
        try {
            flyway(dataSource, vendor).migrate();
            migrated = true;
        } finally {
            migrating = false;
        }
        health.watch(dataSource);
    }

    /**
     * Driver-level bounds, unless the URL sets them: connecting gives up after 2 s (the pool retries in the
     * background), and a socket that stops answering (a frozen server, a lost network) fails after a few query
     * timeouts instead of the driver's default of never. Keep-alive lets the kernel notice a dead peer.
     */
    private static void postgresTimeouts(HikariConfig config, DatabaseLimits limits) {
        String url = config.getJdbcUrl();
        if (!url.contains("connectTimeout=")) {
            config.addDataSourceProperty("connectTimeout", "2");
        }
        if (!url.contains("loginTimeout=")) {
            config.addDataSourceProperty("loginTimeout", "3");
        }
        if (!url.contains("socketTimeout=")) {
            config.addDataSourceProperty(
                    "socketTimeout", Long.toString(3 * limits.queryTimeout().toSeconds()));
        }
        if (!url.contains("tcpKeepAlive=")) {
            config.addDataSourceProperty("tcpKeepAlive", "true");
        }
    }

    /**
     * Adds settings the bot relies on unless the URL sets them itself. DB_CLOSE_ON_EXIT=FALSE: H2's own shutdown hook
     * would otherwise close the database while Quartz and the dispatcher still finish their work; we close it last.
     * LOCK_TIMEOUT: H2 gives up on a row lock after 2 s by default, shorter than a Quartz trigger acquisition can hold
     * one. WRITE_DELAY=0: H2 otherwise writes a commit to the file up to half a second later, so `kill -9` right after
     * a commit (an answer queued in the outbox, a completion) would lose it; measured with the built jar.
     * QUERY_CACHE_SIZE=64: H2 keeps 8 parsed statements per connection by default, fewer than one enrolment uses, so
     * it parsed most of its SQL again every time (a twelfth of an enrolment's CPU in the burst benchmark).
     * AUTO_SERVER stays off (its default): one process owns the file.
     */
    static String withH2Defaults(String jdbcUrl) {
        StringBuilder url = new StringBuilder(retryOnInterrupt(jdbcUrl));
        String upper = jdbcUrl.toUpperCase(Locale.ROOT);
        if (!upper.contains(";DB_CLOSE_ON_EXIT=")) {
            url.append(";DB_CLOSE_ON_EXIT=FALSE");
        }
        if (!upper.contains(";LOCK_TIMEOUT=")) {
            url.append(";LOCK_TIMEOUT=10000");
        }
        if (!upper.contains(";WRITE_DELAY=")) {
            url.append(";WRITE_DELAY=0");
        }
        if (!upper.contains(";QUERY_CACHE_SIZE=")) {
            url.append(";QUERY_CACHE_SIZE=64");
        }
        return url.toString();
    }

    /**
     * With WRITE_DELAY=0 the thread that commits writes the file itself, and an interrupted thread (a pool or scheduler
     * stopping) would close H2's file channel for everyone; H2's "retry" file system reopens it instead.
     */
    private static String retryOnInterrupt(String jdbcUrl) {
        String prefix = "jdbc:h2:file:";
        if (jdbcUrl.startsWith(prefix) && !jdbcUrl.startsWith(prefix + "retry:")) {
            return prefix + "retry:" + jdbcUrl.substring(prefix.length());
        }
        return jdbcUrl;
    }

    private static Flyway flyway(DataSource dataSource, DatabaseVendor vendor) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration", vendor.migrationLocation())
                .load();
    }

    /** For readiness, answered from memory: see {@link DatabaseHealth#isUp()}. */
    public boolean isReachable() {
        return health.isUp();
    }

    /** Whether the database answers, whether it closed itself, and how often that happened. */
    public DatabaseHealth health() {
        return health;
    }

    /**
     * For readiness: every migration this build ships is applied. False when another instance of a newer build ran
     * ahead is not possible here: Flyway refuses to start an older build on a newer schema.
     */
    public boolean migrationsApplied() {
        if (migrating) {
            return false; // being applied: the HTTP server answers probes meanwhile, and asking Flyway would compete
        }
        if (migrated) {
            // Applied migrations stay applied; not asking Flyway keeps the probe instant and true to its name while the
            // database itself is down (that is the "database" check's to report).
            return true;
        }
        try {
            migrated = flyway(dataSource, vendor).info().pending().length == 0;
            return migrated;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private volatile boolean migrated;
    private volatile boolean migrating;

    private static Jdbi createJdbi(DataSource dataSource, DatabaseLimits limits) {
        Jdbi jdbi = Jdbi.create(dataSource);
        jdbi.getConfig(SqlStatements.class)
                .setQueryTimeout((int) limits.queryTimeout().toSeconds());
        return jdbi.registerArgument(new UtcInstants.Argument())
                .registerColumnMapper(Instant.class, new UtcInstants.Mapper());
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** The pool, for Quartz's ConnectionProvider and health checks. */
    public DataSource dataSource() {
        return dataSource;
    }

    public DatabaseVendor vendor() {
        return vendor;
    }

    /** For small writes many threads make at once, such as recording a message as sent: see {@link GroupCommit}. */
    public GroupCommit groupCommit() {
        return groupCommit;
    }

    @Override
    public void close() {
        groupCommit.close();
        health.close();
        dataSource.close();
    }
}
