package dev.onboardingbuddy.persistence;

import dev.onboardingbuddy.enrollment.Actor;
import dev.onboardingbuddy.enrollment.AlreadyExpectedException;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Contact;
import dev.onboardingbuddy.enrollment.ExpectedHire;
import dev.onboardingbuddy.enrollment.ExpectedHires;
import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.enrollment.HireRequest;
import dev.onboardingbuddy.enrollment.Platform;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * {@link ExpectedHires} in {@code expected_hires} (V10). One waiting record per address and per chat id is kept by
 * the {@code waiting_*} unique constraints, so two concurrent requests for one person cannot both succeed.
 */
public final class JdbiExpectedHires implements ExpectedHires {
    private static final String COLUMNS = "id, hire_id, hire_email, manager_id, manager_email, buddy_id, buddy_email,"
            + " template_id, start_date, calendar_id, team, platform, status, created_by, created_at, problem";
    private static final String WAITING = "status = 'EXPECTED'";

    private final Jdbi jdbi;

    public JdbiExpectedHires(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(ExpectedHire hire) {
        try {
            jdbi.useHandle(handle -> bind(
                            handle.createUpdate("INSERT INTO expected_hires (" + COLUMNS
                                    + ", waiting_email, waiting_user) VALUES (:id, :hireId, :hireEmail, :managerId, :managerEmail, :buddyId,"
                                    + " :buddyEmail, :templateId, :startDate, :calendarId, :team, :platform, :status, :createdBy, :createdAt,"
                                    + " :problem, :waitingEmail, :waitingUser)"),
                            hire)
                    .execute());
        } catch (JdbiException e) {
            throw translated(e, hire);
        }
    }

    @Override
    public Optional<ExpectedHire> find(HireId id) {
        return one("id = :value", id.value());
    }

    @Override
    public Optional<ExpectedHire> waitingFor(String email) {
        return one("waiting_email = :value", email.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public Optional<ExpectedHire> waitingFor(ChatUserId user) {
        return one("waiting_user = :value", user.stored());
    }

    @Override
    public List<ExpectedHire> waiting() {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT " + COLUMNS + " FROM expected_hires WHERE " + WAITING + " ORDER BY created_at, id")
                .map(JdbiExpectedHires::map)
                .list());
    }

    @Override
    public void update(ExpectedHire hire) {
        int updated;
        try {
            updated = jdbi.withHandle(handle -> bind(
                            handle.createUpdate("UPDATE expected_hires SET hire_id = :hireId,"
                                    + " hire_email = :hireEmail, manager_id = :managerId, manager_email = :managerEmail, buddy_id = :buddyId,"
                                    + " buddy_email = :buddyEmail, template_id = :templateId, start_date = :startDate,"
                                    + " calendar_id = :calendarId, team = :team, platform = :platform, status = :status, problem = :problem,"
                                    + " waiting_email = :waitingEmail, waiting_user = :waitingUser WHERE id = :id"),
                            hire)
                    .execute());
        } catch (JdbiException e) {
            throw translated(e, hire);
        }
        if (updated == 0) {
            throw new IllegalArgumentException("no expected hire " + hire.id() + " to update");
        }
    }

    @Override
    public void recordProblem(HireId id, String problem) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        "UPDATE expected_hires SET problem = :problem WHERE id = :id AND " + WAITING)
                .bind("problem", problem)
                .bind("id", id.value())
                .execute());
    }

    private Optional<ExpectedHire> one(String condition, String value) {
        return jdbi.withHandle(
                handle -> handle.createQuery("SELECT " + COLUMNS + " FROM expected_hires WHERE " + condition)
                        .bind("value", value)
                        .map(JdbiExpectedHires::map)
                        .findOne());
    }

    private static <S extends SqlStatement<S>> S bind(S statement, ExpectedHire hire) {
        HireRequest request = hire.request();
        boolean waiting = hire.isWaiting();
        return statement
                .bind("id", hire.id().value())
                .bind("hireId", request.hire().id().map(ChatUserId::stored).orElse(null))
                .bind("hireEmail", request.hire().email().orElse(null))
                .bind(
                        "managerId",
                        request.manager().id().map(ChatUserId::stored).orElse(null))
                .bind("managerEmail", request.manager().email().orElse(null))
                .bind(
                        "buddyId",
                        request.buddy()
                                .flatMap(Contact::id)
                                .map(ChatUserId::stored)
                                .orElse(null))
                .bind("buddyEmail", request.buddy().flatMap(Contact::email).orElse(null))
                .bind("templateId", request.templateId().orElse(null))
                .bind("startDate", request.startDate().orElse(null))
                .bind("calendarId", request.calendarId().orElse(null))
                .bind("team", request.team().orElse(null))
                .bind("platform", request.platform().map(Platform::key).orElse(null))
                .bind("status", hire.status().name())
                .bind("createdBy", hire.createdBy().stored())
                .bind("createdAt", hire.createdAt())
                .bind("problem", hire.problem().orElse(null))
                .bind("waitingEmail", waiting ? request.hire().email().orElse(null) : null)
                .bind(
                        "waitingUser",
                        waiting ? request.hire().id().map(ChatUserId::stored).orElse(null) : null);
    }

    private static RuntimeException translated(JdbiException error, ExpectedHire hire) {
        if (SqlErrors.violates(error, "expected_hires_one_per_email")
                || SqlErrors.violates(error, "expected_hires_one_per_user")) {
            Contact who = hire.request().hire();
            return new AlreadyExpectedException(
                    who.email().orElseGet(() -> who.id().map(ChatUserId::value).orElse("")));
        }
        return error;
    }

    private static ExpectedHire map(ResultSet row, StatementContext context) throws SQLException {
        HireRequest request = new HireRequest(
                contact(row.getString("hire_id"), row.getString("hire_email")).orElseThrow(),
                contact(row.getString("manager_id"), row.getString("manager_email"))
                        .orElseThrow(),
                contact(row.getString("buddy_id"), row.getString("buddy_email")),
                Optional.ofNullable(row.getString("template_id")),
                Optional.ofNullable(row.getObject("start_date", LocalDate.class)),
                Optional.ofNullable(row.getString("calendar_id")),
                Optional.ofNullable(row.getString("team")),
                Optional.ofNullable(row.getString("platform")).map(Platform::ofKey));
        return new ExpectedHire(
                new HireId(row.getString("id")),
                request,
                ExpectedHire.Status.valueOf(row.getString("status")),
                Actor.fromStored(row.getString("created_by")),
                UtcInstants.read(row, "created_at"),
                Optional.ofNullable(row.getString("problem")));
    }

    private static Optional<Contact> contact(String id, String email) {
        if (id == null && email == null) {
            return Optional.empty();
        }
        return Optional.of(
                new Contact(Optional.ofNullable(id).map(ChatUserId::fromStored), Optional.ofNullable(email)));
    }
}
