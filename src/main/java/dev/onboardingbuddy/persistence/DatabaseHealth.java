package dev.onboardingbuddy.persistence;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the database works, answered from memory so that probes never wait on it: one thread asks the database
 * every {@link #PROBE_INTERVAL} ({@code SELECT 1}, bounded by the pool's connection timeout and a one-second query
 * timeout) and the pool reports every fatal error it sees.
 *
 * <p>Heals what it can. PostgreSQL coming back needs nothing: the pool replaces broken connections. An embedded H2
 * database that closed itself after a disk error (a full disk) keeps dead sessions in the pool, so the first fatal
 * error evicts them all; a new connection reopens the file once the disk has room, and the bot carries on. When it
 * stays closed longer than the grace period, {@link #isAlive()} turns false so the orchestrator restarts the process.
 * Each outage and each reopening is logged at ERROR / WARN and counted.
 *
 * <p>Elapsed time is measured with a monotonic ticker (nanoseconds), not the bot's {@code Clock}: these are real
 * waits of a running process, not domain time. Thread-safe.
 */
public final class DatabaseHealth implements AutoCloseable {
    static final Duration PROBE_INTERVAL = Duration.ofSeconds(1);
    /** After a fatal error, how long without another before the reopened database counts as healed. */
    static final Duration SETTLE = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseHealth.class);
    private static final long NEVER = Long.MIN_VALUE;

    private final LongSupplier ticker;
    private final Duration reopenGrace;
    private final ScheduledExecutorService prober;
    private final AtomicLong outages = new AtomicLong();
    private final AtomicLong embeddedClosures = new AtomicLong();
    private final AtomicLong reopenings = new AtomicLong();
    private final AtomicLong lastEviction = new AtomicLong(NEVER);
    private volatile HikariDataSource pool;
    private volatile boolean probeOk = true;
    private volatile boolean down;
    private volatile long lastFatalAt = NEVER;
    private volatile long closedSince = NEVER;
    private volatile long downSince = NEVER;

    DatabaseHealth(Duration reopenGrace, LongSupplier ticker) {
        this.reopenGrace = reopenGrace;
        this.ticker = ticker;
        this.prober = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "database-health");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** For the pool: evicts a connection on an error that leaves its H2 session dead, and notes the closure. */
    SQLExceptionOverride exceptionOverride() {
        return new SQLExceptionOverride() {
            @java.lang.Override
            public SQLExceptionOverride.Override adjudicate(SQLException error) {
                if (DatabaseUnavailable.isEmbeddedClosed(error)) {
                    embeddedClosed(error);
                    return SQLExceptionOverride.Override.MUST_EVICT;
                }
                return SQLExceptionOverride.Override.CONTINUE_EVICT;
            }
        };
    }

    void watch(HikariDataSource dataSource) {
        this.pool = dataSource;
        prober.scheduleWithFixedDelay(
                this::probe, PROBE_INTERVAL.toMillis(), PROBE_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Readiness: the last probe answered and no fatal error came in the last {@link #SETTLE}. */
    public boolean isUp() {
        long lastFatal = lastFatalAt;
        // closedSince is cleared by the probe that records the reopening, so readiness and the metrics agree
        return probeOk
                && closedSince == NEVER
                && (lastFatal == NEVER || ticker.getAsLong() - lastFatal > SETTLE.toNanos());
    }

    /**
     * Liveness: false once an embedded database has stayed closed longer than the grace period, a state only a
     * restart may end. An unreachable PostgreSQL never makes this false: restarting would not bring it back.
     */
    public boolean isAlive() {
        long since = closedSince;
        return since == NEVER || ticker.getAsLong() - since <= reopenGrace.toNanos();
    }

    public long outages() {
        return outages.get();
    }

    public long embeddedClosures() {
        return embeddedClosures.get();
    }

    public long reopenings() {
        return reopenings.get();
    }

    private void embeddedClosed(Throwable error) {
        long now = ticker.getAsLong();
        lastFatalAt = now;
        if (closedSince == NEVER) {
            closedSince = now;
            embeddedClosures.incrementAndGet();
            LOG.error(
                    "The embedded H2 database closed itself after an I/O error ({}), usually a full disk. Reopening it "
                            + "as soon as the disk takes writes again; /healthz fails if it stays closed for {} s.",
                    rootMessage(error),
                    reopenGrace.toSeconds());
        }
        // Every pooled session of a closed H2 database is dead, yet passes the pool's validity check: drop them all so
        // that the next borrower opens the file again. At most once a second, as errors come in bursts.
        long last = lastEviction.get();
        if ((last == NEVER || now - last > PROBE_INTERVAL.toNanos()) && lastEviction.compareAndSet(last, now)) {
            HikariDataSource dataSource = pool;
            if (dataSource != null && dataSource.getHikariPoolMXBean() != null) {
                dataSource.getHikariPoolMXBean().softEvictConnections();
            }
        }
    }

    /** Also reachable from tests; never throws, or the scheduled probing would stop. */
    void probe() {
        try {
            boolean ok = select1();
            probeOk = ok;
            long now = ticker.getAsLong();
            if (!ok && !down) {
                down = true;
                downSince = now;
                outages.incrementAndGet();
                LOG.error(
                        "The database is unreachable: Slack requests are answered with 'try again' and the outbox waits "
                                + "until it is back.");
            } else if (ok && down) {
                down = false;
                LOG.warn(
                        "The database is reachable again after {} s.",
                        Duration.ofNanos(now - downSince).toSeconds());
            }
            if (ok && closedSince != NEVER && now - lastFatalAt > SETTLE.toNanos()) {
                LOG.warn(
                        "The embedded H2 database is open again: no I/O error for {} s since it reopened, {} s after it closed.",
                        SETTLE.toSeconds(),
                        Duration.ofNanos(now - closedSince).toSeconds());
                closedSince = NEVER;
                reopenings.incrementAndGet();
            }
        } catch (RuntimeException unexpected) {
            LOG.warn("database probe failed unexpectedly", unexpected);
        }
    }

    private boolean select1() {
        HikariDataSource dataSource = pool;
        if (dataSource == null || dataSource.isClosed()) {
            return false;
        }
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(1);
            statement.execute("SELECT 1");
            return true;
        } catch (SQLException | RuntimeException e) {
            if (DatabaseUnavailable.isEmbeddedClosed(e)) {
                embeddedClosed(e);
            }
            return false;
        }
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    @Override
    public void close() {
        prober.shutdownNow();
    }
}
