package dev.onboardingbuddy.persistence;

import java.sql.SQLException;
import java.util.Locale;

/** Recognises a unique-constraint violation the same way on H2 and PostgreSQL (both use SQLSTATE 23505). */
public final class SqlErrors {
    private static final String UNIQUE_VIOLATION = "23505";

    private SqlErrors() {}

    /** True when a cause of {@code error} is a violation of the named unique constraint (or primary key). */
    public static boolean violates(Throwable error, String constraint) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && UNIQUE_VIOLATION.equals(sql.getSQLState())
                    && String.valueOf(sql.getMessage())
                            .toLowerCase(Locale.ROOT)
                            .contains(constraint.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
