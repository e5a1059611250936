package dev.onboardingbuddy.persistence;

import dev.onboardingbuddy.conversation.Command;
import dev.onboardingbuddy.conversation.PendingCommands;
import dev.onboardingbuddy.enrollment.ChatUserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** Pending commands in the {@code pending_commands} table; claims lock rows with {@code FOR UPDATE SKIP LOCKED}. */
public final class JdbiPendingCommands implements PendingCommands {
    private final Jdbi jdbi;
    private final GroupCommit groupCommit;

    public JdbiPendingCommands(Database database) {
        this.jdbi = database.jdbi();
        this.groupCommit = database.groupCommit();
    }

    @Override
    public void add(Pending pending, Instant claimedUntil) {
        Command.Start start = pending.command();
        // recorded before the acknowledgement: a burst of commands shares one commit instead of queueing for one each
        groupCommit.write(handle -> handle.createUpdate("INSERT INTO pending_commands (id, caller, hire, manager,"
                        + " template_id, start_date, buddy, calendar_id, team, manager_channel, zone, received_at, claimed_until)"
                        + " VALUES (:id, :caller, :hire, :manager, :template, :startDate, :buddy, :calendar, :team, :channel,"
                        + " :zone, :received, :until)")
                .bind("id", pending.id())
                .bind("caller", pending.caller().stored())
                .bind("hire", start.hire().stored())
                .bind("manager", start.manager().stored())
                .bind("template", start.templateId().orElse(null))
                .bind("startDate", start.startDate().orElse(null))
                .bind("buddy", start.buddy().map(ChatUserId::stored).orElse(null))
                .bind("calendar", start.calendarId().orElse(null))
                .bind("team", start.team().orElse(null))
                .bind("channel", start.managerChannel().orElse(null))
                .bind("zone", start.zone().map(ZoneId::getId).orElse(null))
                .bind("received", pending.receivedAt())
                .bind("until", claimedUntil)
                .execute());
    }

    @Override
    public List<Pending> claimAbandoned(Instant now, Instant until, int limit) {
        return jdbi.inTransaction(handle -> {
            List<Pending> claimed = handle.createQuery("SELECT * FROM pending_commands WHERE claimed_until <= :now"
                            + " ORDER BY received_at, id LIMIT :limit FOR UPDATE SKIP LOCKED")
                    .bind("now", now)
                    .bind("limit", limit)
                    .map(this::pending)
                    .list();
            if (!claimed.isEmpty()) {
                handle.createUpdate("UPDATE pending_commands SET claimed_until = :until WHERE id IN (<ids>)")
                        .bind("until", until)
                        .bindList("ids", claimed.stream().map(Pending::id).toList())
                        .execute();
            }
            return claimed;
        });
    }

    @Override
    public void finish(String id) {
        jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM pending_commands WHERE id = :id")
                .bind("id", id)
                .execute());
    }

    private Pending pending(ResultSet row, StatementContext context) throws SQLException {
        Command.Start start = new Command.Start(
                ChatUserId.fromStored(row.getString("hire")),
                ChatUserId.fromStored(row.getString("manager")),
                Optional.ofNullable(row.getString("template_id")),
                Optional.ofNullable(row.getObject("start_date", LocalDate.class)),
                Optional.ofNullable(row.getString("buddy")).map(ChatUserId::fromStored),
                Optional.ofNullable(row.getString("calendar_id")),
                Optional.ofNullable(row.getString("team")),
                Optional.ofNullable(row.getString("manager_channel")),
                Optional.ofNullable(row.getString("zone")).map(ZoneId::of));
        return new Pending(
                row.getString("id"),
                ChatUserId.fromStored(row.getString("caller")),
                start,
                UtcInstants.read(row, "received_at"));
    }
}
