package dev.onboardingbuddy.persistence;

import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells "the database cannot be reached or has closed" apart from every other failure, the same way on H2 and
 * PostgreSQL, so that any chat adapter can answer a person at once ("nothing was changed, try again") or let the
 * platform redeliver an event, instead of answering 500. The work such an error interrupted was rolled back.
 *
 * <p>How an adapter uses it: catch what its listener let escape, and when {@link #isCause} is true answer the way
 * its platform retries or tells the person (Slack: 503 to an event, a clear ack to a command; Teams: 503 to
 * {@code /api/messages}, which the Bot Connector redelivers); anything else stays a 500.
 */
public final class DatabaseUnavailable {
    /** PostgreSQL: admin_shutdown, crash_shutdown, cannot_connect_now, and query_canceled (statement timeout). */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "57014", "HYT00");
    /** H2 error codes: database closed, called at shutdown, I/O errors, file corrupted, out of memory. */
    private static final Set<Integer> H2_CLOSED = Set.of(90098, 90121);

    private static final Set<Integer> H2_IO = Set.of(90028, 90031, 90030, 90108);

    private DatabaseUnavailable() {}

    /** True when {@code error} or one of its causes says the database could not be used at all. */
    public static boolean isCause(Throwable error) {
        return causes(error).stream().anyMatch(DatabaseUnavailable::isUnavailable);
    }

    /**
     * True when an embedded H2 database closed itself (after a disk error, typically a full disk): its pooled
     * connections are dead and only a reopen helps. Never true for PostgreSQL, whose server outlives our connections.
     */
    public static boolean isEmbeddedClosed(Throwable error) {
        for (Throwable cause : causes(error)) {
            if (cause instanceof SQLException sql
                    && isH2(sql)
                    && (H2_CLOSED.contains(sql.getErrorCode()) || H2_IO.contains(sql.getErrorCode()))) {
                return true;
            }
            if (cause.getClass().getName().equals("org.h2.mvstore.MVStoreException")) {
                return true;
            }
        }
        return false;
    }

    /** The chain of causes, each once: {@code initCause} can make a loop, which must not hang a request. */
    private static List<Throwable> causes(Throwable error) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = error; cause != null && seen.add(cause); cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }

    private static boolean isUnavailable(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException
                || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLRecoverableException
                || cause instanceof SQLTimeoutException) {
            return true;
        }
        if (cause instanceof SQLException sql) {
            String state = String.valueOf(sql.getSQLState());
            return state.startsWith("08")
                    || state.startsWith("53")
                    || UNAVAILABLE_STATES.contains(state)
                    || isEmbeddedClosed(sql);
        }
        return cause.getClass().getName().equals("org.h2.mvstore.MVStoreException")
                || cause instanceof ConnectException
                || (cause instanceof IOException io
                        && String.valueOf(io.getMessage())
                                .toLowerCase(Locale.ROOT)
                                .contains("no space left"));
    }

    private static boolean isH2(SQLException sql) {
        return sql.getClass().getName().startsWith("org.h2.");
    }
}
