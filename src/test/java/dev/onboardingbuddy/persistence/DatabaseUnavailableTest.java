package dev.onboardingbuddy.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Properties;
import java.util.UUID;
import org.h2.api.ErrorCode;
import org.h2.message.DbException;
import org.h2.mvstore.DataUtils;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.postgresql.Driver;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.postgresql.util.ServerErrorMessage;

/**
 * What counts as "the database is unavailable", with exceptions built the way the drivers and the pool raise them:
 * thrown by a real H2 database, a real PostgreSQL driver connecting to a closed port, a real Hikari pool, or made by
 * the drivers' own factories (H2's {@code DbException}, PostgreSQL's {@code ServerErrorMessage} as read off the wire).
 */
class DatabaseUnavailableTest {

    // ---- H2 ----

    @Test
    void aStatementOnAnH2DatabaseThatWasShutDownIsUnavailabilityAndAnEmbeddedClosure() {
        Jdbi jdbi = Jdbi.create("jdbc:h2:mem:" + UUID.randomUUID());
        Throwable error = catchThrowable(() -> jdbi.useHandle(handle -> {
            handle.execute("SHUTDOWN");
            handle.execute("SELECT 1");
        }));

        assertThat(error).isInstanceOf(JdbiException.class);
        assertThat(DatabaseUnavailable.isCause(error)).isTrue();
        assertThat(DatabaseUnavailable.isEmbeddedClosed(error)).isTrue();
    }

    @Test
    void h2sDatabaseClosedAndShutdownErrorsAreUnavailabilityEvenWrappedTwice() {
        for (int code : new int[] {ErrorCode.DATABASE_IS_CLOSED, ErrorCode.DATABASE_CALLED_AT_SHUTDOWN}) {
            SQLException driver = DbException.get(code).getSQLException();
            Throwable wrapped =
                    new RuntimeException("listener failed", new IllegalStateException("repository", driver));

            assertThat(DatabaseUnavailable.isCause(wrapped))
                    .as("H2 error %d", code)
                    .isTrue();
            assertThat(DatabaseUnavailable.isEmbeddedClosed(wrapped))
                    .as("H2 error %d", code)
                    .isTrue();
        }
    }

    @Test
    void h2sIoErrorsFromAFullDiskAreUnavailabilityAndCloseTheEmbeddedDatabase() {
        IOException noSpace = new IOException("No space left on device");
        SQLException ioError =
                DbException.convertIOException(noSpace, "buddy.mv.db").getSQLException();
        SQLException corrupted =
                DbException.get(ErrorCode.FILE_CORRUPTED_1, "buddy.mv.db").getSQLException();
        SQLException writingFailed = DbException.get(
                        ErrorCode.GENERAL_ERROR_1,
                        DataUtils.newMVStoreException(
                                DataUtils.ERROR_WRITING_FAILED, "Writing to {0} failed", "buddy.mv.db"),
                        "write")
                .getSQLException();

        assertThat(ioError.getErrorCode()).isEqualTo(ErrorCode.IO_EXCEPTION_2);
        for (SQLException driver : new SQLException[] {ioError, corrupted, writingFailed}) {
            assertThat(DatabaseUnavailable.isCause(new RuntimeException(driver)))
                    .as(driver.toString())
                    .isTrue();
            assertThat(DatabaseUnavailable.isEmbeddedClosed(new RuntimeException(driver)))
                    .as(driver.toString())
                    .isTrue();
        }
    }

    @Test
    void anMvstoreWriteFailureOnItsOwnIsUnavailability() {
        Throwable store =
                DataUtils.newMVStoreException(DataUtils.ERROR_WRITING_FAILED, "Writing to {0} failed", "buddy.mv.db");

        assertThat(DatabaseUnavailable.isCause(new RuntimeException(store))).isTrue();
        assertThat(DatabaseUnavailable.isEmbeddedClosed(store)).isTrue();
    }

    @Test
    void aBareNoSpaceLeftIoExceptionIsUnavailability() {
        Throwable error = new RuntimeException(new IOException("No space left on device"));

        assertThat(DatabaseUnavailable.isCause(error)).isTrue();
    }

    @Test
    void anH2UniqueConstraintViolationIsNotUnavailability() {
        Jdbi jdbi = Jdbi.create("jdbc:h2:mem:" + UUID.randomUUID());
        Throwable error = catchThrowable(() -> jdbi.useHandle(handle -> {
            handle.execute("CREATE TABLE hire (id INT PRIMARY KEY)");
            handle.execute("INSERT INTO hire VALUES (1)");
            handle.execute("INSERT INTO hire VALUES (1)");
        }));

        assertThat(error).isInstanceOf(JdbiException.class).hasRootCauseInstanceOf(SQLException.class);
        assertThat(DatabaseUnavailable.isCause(error)).isFalse();
        assertThat(DatabaseUnavailable.isEmbeddedClosed(error)).isFalse();
    }

    @Test
    void anH2SyntaxErrorIsNotUnavailability() {
        Jdbi jdbi = Jdbi.create("jdbc:h2:mem:" + UUID.randomUUID());
        Throwable error = catchThrowable(() -> jdbi.useHandle(handle -> handle.execute("SELEKT 1")));

        assertThat(error).isInstanceOf(JdbiException.class);
        assertThat(DatabaseUnavailable.isCause(error)).isFalse();
    }

    // ---- PostgreSQL ----

    @Test
    void thePostgresqlDriverRefusedAConnectionIsUnavailabilityButNotAnEmbeddedClosure() throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort() + "/buddy?connectTimeout=2";
        Throwable error = catchThrowable(() -> new Driver().connect(url, new Properties()));

        assertThat(error).isInstanceOf(PSQLException.class);
        assertThat(((SQLException) error).getSQLState()).isEqualTo("08001");
        assertThat(DatabaseUnavailable.isCause(new RuntimeException(error))).isTrue();
        assertThat(DatabaseUnavailable.isEmbeddedClosed(error)).isFalse();
    }

    @Test
    void aHikariPoolThatCannotReachPostgresqlIsUnavailabilityThroughJdbi() throws Exception {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + closedPort() + "/buddy?connectTimeout=1");
        config.setConnectionTimeout(250);
        config.setInitializationFailTimeout(-1);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            Throwable error = catchThrowable(() -> Jdbi.create(pool)
                    .withHandle(handle ->
                            handle.select("SELECT 1").mapTo(Integer.class).one()));

            assertThat(error)
                    .isInstanceOf(JdbiException.class)
                    .hasCauseInstanceOf(SQLTransientConnectionException.class);
            assertThat(DatabaseUnavailable.isCause(error)).isTrue();
            assertThat(DatabaseUnavailable.isEmbeddedClosed(error)).isFalse();
        }
    }

    @Test
    void postgresqlShutdownStartupOverloadAndStatementTimeoutErrorsAreUnavailability() {
        String[][] serverErrors = {
            {"57P01", "terminating connection due to administrator command"},
            {"57P02", "terminating connection because of crash of another server process"},
            {"57P03", "the database system is starting up"},
            {"53300", "sorry, too many clients already"},
            {"57014", "canceling statement due to statement timeout"},
        };
        for (String[] serverError : serverErrors) {
            PSQLException driver = fromServer("FATAL", serverError[0], serverError[1]);
            Throwable wrapped = new RuntimeException(new RuntimeException(driver));

            assertThat(DatabaseUnavailable.isCause(wrapped)).as(serverError[0]).isTrue();
            assertThat(DatabaseUnavailable.isEmbeddedClosed(wrapped))
                    .as(serverError[0])
                    .isFalse();
        }
    }

    @Test
    void aPostgresqlConnectionLostMidStatementIsUnavailability() {
        PSQLException lost = new PSQLException(
                "An I/O error occurred while sending to the backend.",
                PSQLState.CONNECTION_FAILURE,
                new SocketException("Connection reset"));

        assertThat(DatabaseUnavailable.isCause(new RuntimeException(lost))).isTrue();
    }

    @Test
    void postgresqlConstraintAndSyntaxErrorsAreNotUnavailability() {
        PSQLException unique =
                fromServer("ERROR", "23505", "duplicate key value violates unique constraint \"enrollment_pkey\"");
        PSQLException syntax = fromServer("ERROR", "42601", "syntax error at or near \"SELEKT\"");

        assertThat(DatabaseUnavailable.isCause(new RuntimeException(unique))).isFalse();
        assertThat(DatabaseUnavailable.isCause(new RuntimeException(syntax))).isFalse();
    }

    // ---- neither ----

    @Test
    void failuresThatHaveNothingToDoWithTheDatabaseAreNotUnavailability() {
        assertThat(DatabaseUnavailable.isCause(new IllegalStateException("no such checklist item")))
                .isFalse();
        assertThat(DatabaseUnavailable.isCause(new RuntimeException(new IOException("Slack answered 500"))))
                .isFalse();
        assertThat(DatabaseUnavailable.isCause(new RuntimeException((String) null)))
                .isFalse();
        assertThat(DatabaseUnavailable.isCause(null)).isFalse();
        assertThat(DatabaseUnavailable.isEmbeddedClosed(new IllegalStateException("boom")))
                .isFalse();
    }

    /** The way PgJDBC reads an ErrorResponse off the wire: NUL-separated fields, S severity, C SQLState, M message. */
    private static PSQLException fromServer(String severity, String sqlState, String message) {
        return new PSQLException(
                new ServerErrorMessage("S" + severity + "\0V" + severity + "\0C" + sqlState + "\0M" + message + "\0"));
    }

    /** A loopback port nothing listens on: taken from the OS and released at once. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    @Timeout(5)
    void aLoopOfCausesEndsTheSearchInsteadOfHangingTheRequest() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);

        assertThat(DatabaseUnavailable.isCause(first)).isFalse();
        assertThat(DatabaseUnavailable.isEmbeddedClosed(first)).isFalse();
    }
}
