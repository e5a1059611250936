package dev.onboardingbuddy.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.mapper.ColumnMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Binds and reads {@link Instant}s as UTC {@link OffsetDateTime}s in TIMESTAMP WITH TIME ZONE columns. Jdbi's
 * built-in binding goes through {@code java.sql.Timestamp}, which both drivers convert via the JVM's default zone;
 * in the hour a DST change repeats that conversion is ambiguous. OffsetDateTime is unambiguous on H2 and PostgreSQL.
 */
public final class UtcInstants {

    private UtcInstants() {}

    static OffsetDateTime toUtc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** The instant in a column, or null. */
    public static Instant read(ResultSet resultSet, String column) throws SQLException {
        OffsetDateTime value = resultSet.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static final class Argument extends AbstractArgumentFactory<Instant> {
        Argument() {
            super(Types.TIMESTAMP_WITH_TIMEZONE);
        }

        @Override
        protected org.jdbi.v3.core.argument.Argument build(Instant value, ConfigRegistry config) {
            return (int position, PreparedStatement statement, StatementContext context) ->
                    statement.setObject(position, toUtc(value));
        }
    }

    static final class Mapper implements ColumnMapper<Instant> {
        @Override
        public Instant map(ResultSet resultSet, int column, StatementContext context) throws SQLException {
            OffsetDateTime value = resultSet.getObject(column, OffsetDateTime.class);
            return value == null ? null : value.toInstant();
        }
    }
}
