package dev.onboardingbuddy.persistence;

import dev.onboardingbuddy.checklist.TemplateId;
import dev.onboardingbuddy.enrollment.Actor;
import dev.onboardingbuddy.enrollment.AlreadyEnrolledException;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.enrollment.HireRepository;
import dev.onboardingbuddy.enrollment.HireSearch;
import dev.onboardingbuddy.enrollment.HireStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Hires in the {@code hires} table. One open enrolment per person is guaranteed by the {@code open_user_id} unique
 * constraint (see V1__core.sql); the look-up before the insert only gives the common case a clean path.
 */
public final class JdbiHireRepository implements HireRepository {

    private static final String ONE_OPEN_PER_USER = "hires_one_open_per_user";
    private static final String COLUMNS =
            "id, chat_user_id, manager_id, buddy_id, template_id, template_version, start_date, zone_id, calendar_id,"
                    + " team, manager_channel, status, enrolled_by, enrolled_at";
    /** The condition on {@code hires} that holds for an open enrolment (active or paused). */
    static final String OPEN = "status IN ('ACTIVE', 'PAUSED')";

    private final Jdbi jdbi;

    public JdbiHireRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(Hire hire) {
        try {
            jdbi.useTransaction(handle -> {
                if (findOpenByUser(handle, hire.user()).isPresent()) {
                    throw new AlreadyEnrolledException(hire.user());
                }
                handle.createUpdate("INSERT INTO hires (" + COLUMNS
                                + ", open_user_id) VALUES (:id, :user, :manager, :buddy,"
                                + " :templateId, :templateVersion, :startDate, :zone, :calendarId, :team, :managerChannel, :status,"
                                + " :enrolledBy, :enrolledAt, :openUser)")
                        .bind("id", hire.id().value())
                        .bind("user", hire.user().stored())
                        .bind("manager", hire.manager().stored())
                        .bind("buddy", hire.buddy().map(ChatUserId::stored).orElse(null))
                        .bind("templateId", hire.templateId().value())
                        .bind("templateVersion", hire.templateVersion())
                        .bind("startDate", hire.startDate())
                        .bind("zone", hire.zone().getId())
                        .bind("calendarId", hire.calendarId())
                        .bind("team", hire.team().orElse(null))
                        .bind("managerChannel", hire.managerChannel().orElse(null))
                        .bind("status", hire.status())
                        .bind("enrolledBy", hire.enrolledBy().stored())
                        .bind("enrolledAt", hire.enrolledAt())
                        .bind("openUser", openUser(hire))
                        .execute();
            });
        } catch (JdbiException e) {
            throw translated(e, hire.user());
        }
    }

    @Override
    public Optional<Hire> find(HireId id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM hires WHERE id = :id")
                .bind("id", id.value())
                .map(JdbiHireRepository::map)
                .findOne());
    }

    @Override
    public Optional<Hire> findOpenByUser(ChatUserId user) {
        return jdbi.withHandle(handle -> findOpenByUser(handle, user));
    }

    private static Optional<Hire> findOpenByUser(Handle handle, ChatUserId user) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM hires WHERE chat_user_id = :user AND " + OPEN)
                .bind("user", user.stored())
                .map(JdbiHireRepository::map)
                .findOne();
    }

    @Override
    public List<Hire> findOpen() {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT " + COLUMNS + " FROM hires WHERE " + OPEN + " ORDER BY enrolled_at, id")
                .map(JdbiHireRepository::map)
                .list());
    }

    @Override
    public List<Hire> findOpenByManager(ChatUserId manager) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS
                        + " FROM hires WHERE manager_id = :manager AND " + OPEN + " ORDER BY enrolled_at, id")
                .bind("manager", manager.stored())
                .map(JdbiHireRepository::map)
                .list());
    }

    @Override
    public List<Hire> search(HireSearch search) {
        return jdbi.withHandle(handle -> filtered(
                        handle.createQuery("SELECT " + COLUMNS + " FROM hires" + where(search)
                                + " ORDER BY enrolled_at, id LIMIT :limit OFFSET :offset"),
                        search)
                .bind("limit", search.limit())
                .bind("offset", search.offset())
                .map(JdbiHireRepository::map)
                .list());
    }

    @Override
    public int count(HireSearch search) {
        return jdbi.withHandle(
                handle -> filtered(handle.createQuery("SELECT COUNT(*) FROM hires" + where(search)), search)
                        .mapTo(Integer.class)
                        .one());
    }

    private static String where(HireSearch search) {
        List<String> conditions = new ArrayList<>();
        search.status().ifPresent(status -> conditions.add("status = :status"));
        search.team().ifPresent(team -> conditions.add("team = :team"));
        search.manager().ifPresent(manager -> conditions.add("manager_id = :manager"));
        search.templateId().ifPresent(template -> conditions.add("template_id = :template"));
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static Query filtered(Query query, HireSearch search) {
        search.status().ifPresent(status -> query.bind("status", status.name()));
        search.team().ifPresent(team -> query.bind("team", team));
        search.manager().ifPresent(manager -> query.bind("manager", manager.stored()));
        search.templateId().ifPresent(template -> query.bind("template", template));
        return query;
    }

    /** Reopening a closed enrolment while the person has another open one fails with AlreadyEnrolledException. */
    @Override
    public void update(Hire hire) {
        int updated;
        try {
            updated = jdbi.withHandle(handle -> handle.createUpdate(
                            "UPDATE hires SET status = :status, start_date = :startDate, zone_id = :zone, open_user_id = :openUser,"
                                    + " manager_id = :manager WHERE id = :id")
                    .bind("manager", hire.manager().stored())
                    .bind("status", hire.status())
                    .bind("startDate", hire.startDate())
                    .bind("zone", hire.zone().getId())
                    .bind("openUser", openUser(hire))
                    .bind("id", hire.id().value())
                    .execute());
        } catch (JdbiException e) {
            throw translated(e, hire.user());
        }
        if (updated == 0) {
            throw new IllegalArgumentException("no hire " + hire.id() + " to update");
        }
    }

    private static String openUser(Hire hire) {
        return hire.status() == HireStatus.ACTIVE || hire.status() == HireStatus.PAUSED
                ? hire.user().stored()
                : null;
    }

    private static RuntimeException translated(JdbiException error, ChatUserId user) {
        return SqlErrors.violates(error, ONE_OPEN_PER_USER) ? new AlreadyEnrolledException(user) : error;
    }

    private static Hire map(ResultSet row, StatementContext context) throws SQLException {
        return new Hire(
                new HireId(row.getString("id")),
                ChatUserId.fromStored(row.getString("chat_user_id")),
                ChatUserId.fromStored(row.getString("manager_id")),
                Optional.ofNullable(row.getString("buddy_id")).map(ChatUserId::fromStored),
                new TemplateId(row.getString("template_id")),
                row.getInt("template_version"),
                row.getObject("start_date", LocalDate.class),
                ZoneId.of(row.getString("zone_id")),
                row.getString("calendar_id"),
                Optional.ofNullable(row.getString("team")),
                Optional.ofNullable(row.getString("manager_channel")),
                HireStatus.valueOf(row.getString("status")),
                Actor.fromStored(row.getString("enrolled_by")),
                UtcInstants.read(row, "enrolled_at"));
    }
}
