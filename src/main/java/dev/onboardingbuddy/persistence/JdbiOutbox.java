package dev.onboardingbuddy.persistence;

import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.notification.FailedSend;
import dev.onboardingbuddy.notification.OutboundMessage;
import dev.onboardingbuddy.notification.Outbox;
import dev.onboardingbuddy.notification.OutboxEntry;
import dev.onboardingbuddy.notification.OutboxStatus;
import dev.onboardingbuddy.notification.Priority;
import dev.onboardingbuddy.notification.Recipient;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The outbox in the {@code outbox} table, safe across processes.
 *
 * <p>{@link #claimDue} locks due rows with {@code SELECT ... FOR UPDATE SKIP LOCKED} (PostgreSQL; H2 2.2.220+) and
 * leases them in the same transaction, so concurrent claimers get disjoint rows without waiting on each other. It
 * walks {@code outbox_claim_order_idx} and stops at its limit, so a claim costs the same with ten messages waiting or
 * ten thousand. A claim counts as an attempt: a message that crashes its dispatcher every time still reaches the retry
 * limit.
 */
public final class JdbiOutbox implements Outbox {

    private static final String KEY_CONSTRAINT = "outbox_idempotency_key_unique";
    private static final int MAX_ERROR_LENGTH = 4000;
    private static final String CANCELLED = "enrolment cancelled";
    /** Failures worth an admin's look: a cancelled enrolment's messages are given up on purpose. */
    private static final String FAILED_SINCE =
            "status = 'FAILED' AND failed_at >= :since" + " AND (last_error IS NULL OR last_error <> :cancelled)";

    private static final String COLUMNS = "id, idempotency_key, recipient_address, payload, not_before, status,"
            + " attempts, next_attempt_at, delivery_ref, last_error, created_at, hire_id, outcome_unknown, priority";

    private final Jdbi jdbi;
    private final DatabaseVendor vendor;
    private final GroupCommit groupCommit;
    private final MessageJson json = new MessageJson();

    public JdbiOutbox(Database database) {
        this.jdbi = database.jdbi();
        this.vendor = database.vendor();
        this.groupCommit = database.groupCommit();
    }

    /**
     * Inserts unless the key exists. PostgreSQL skips the duplicate itself (no error in its log for what is a normal
     * event when a job re-runs); on H2 the unique constraint rejects it and the violation means "already there". Both
     * are race-safe because the constraint decides, not a prior look-up.
     */
    @Override
    public boolean enqueue(OutboundMessage message, Instant now) {
        String onConflict = vendor == DatabaseVendor.POSTGRESQL ? " ON CONFLICT (idempotency_key) DO NOTHING" : "";
        try {
            return jdbi.withHandle(handle -> handle.createUpdate(
                                    "INSERT INTO outbox (idempotency_key, recipient_address,"
                                            + " payload, not_before, status, attempts, next_attempt_at, created_at, hire_id, priority) VALUES (:key,"
                                            + " :recipient, :payload, :notBefore, 'PENDING', 0, :notBefore, :now, :hire, :priority)"
                                            + onConflict)
                            .bind("key", message.idempotencyKey())
                            .bind("recipient", message.to().address())
                            .bind("payload", json.write(message.content()))
                            .bind("notBefore", message.notBefore())
                            .bind("now", now)
                            .bind("hire", message.hire().map(HireId::value).orElse(null))
                            .bind("priority", message.priority().rank())
                            .execute())
                    == 1;
        } catch (JdbiException e) {
            if (SqlErrors.violates(e, KEY_CONSTRAINT)) {
                return false;
            }
            throw e;
        }
    }

    /** What a claim may take: pending, due, and not leased to anyone. */
    private static final String DUE = "status = 'PENDING' AND not_before <= :now AND next_attempt_at <= :now"
            + " AND (claimed_until IS NULL OR claimed_until <= :now)";

    /**
     * The order of claims, as {@code outbox_claim_order_idx} holds it: {@code status} leads so that H2 sees that the
     * index is already in this order and stops at the limit instead of reading and sorting every due row.
     */
    private static final String CLAIM_ORDER = " ORDER BY status, priority, created_at, id";

    /** A due row a claim looked at. */
    private record Candidate(long id, String recipient, boolean interrupted) {}

    @Override
    public List<OutboxEntry> claimDue(
            Instant now, int limit, String owner, Duration lease, Set<String> busy, int perConversation) {
        if (limit < 1 || perConversation < 1) {
            return List.of();
        }
        int lookAt = perConversation >= limit ? limit : (int) Math.min(Integer.MAX_VALUE, (long) limit * LOOK_AHEAD);
        return jdbi.inTransaction(handle -> {
            List<Candidate> chosen = capped(due(handle, now, lookAt, busy), limit, perConversation);
            if (vendor != DatabaseVendor.POSTGRESQL) {
                chosen = locked(handle, chosen, now);
            }
            if (chosen.isEmpty()) {
                return List.of();
            }
            List<Long> ids = chosen.stream().map(Candidate::id).toList();
            // claimed_by is cleared by every record (sent, retry, failed, unclaim): read under the row lock, before
            // this claim overwrites it, a value left means the previous claim ended without an outcome.
            Set<Long> interrupted = chosen.stream()
                    .filter(Candidate::interrupted)
                    .map(Candidate::id)
                    .collect(Collectors.toSet());
            handle.createUpdate("UPDATE outbox SET claimed_by = :owner, claimed_until = :until, attempts = attempts + 1"
                            + " WHERE id IN (<ids>)")
                    .bind("owner", owner)
                    .bind("until", now.plus(lease))
                    .bindList("ids", ids)
                    .execute();
            return handle.createQuery("SELECT " + COLUMNS + " FROM outbox WHERE id IN (<ids>)"
                            + " ORDER BY priority, created_at, id")
                    .bindList("ids", ids)
                    .map((row, context) -> entry(row, interrupted.contains(row.getLong("id"))))
                    .list();
        });
    }

    /**
     * The first {@code lookAt} due rows in claim order. PostgreSQL locks them as it finds them and stops at the limit.
     * H2 would read, sort and lock every due row before applying a limit to a {@code FOR UPDATE} (a backlog of
     * thousands read in full, payloads and all, at every claim), so there they are only looked up here, along the
     * index, and locked by {@link #locked}.
     */
    private List<Candidate> due(Handle handle, Instant now, int lookAt, Set<String> busy) {
        Query due = handle.createQuery("SELECT id, claimed_by, recipient_address FROM outbox WHERE " + DUE
                        + (busy.isEmpty() ? "" : " AND recipient_address NOT IN (<busy>)")
                        + CLAIM_ORDER + " LIMIT :limit"
                        + (vendor == DatabaseVendor.POSTGRESQL ? " FOR UPDATE SKIP LOCKED" : ""))
                .bind("now", now)
                .bind("limit", lookAt);
        if (!busy.isEmpty()) {
            due.bindList("busy", List.copyOf(busy));
        }
        return due.map((row, context) -> new Candidate(
                        row.getLong("id"), row.getString("recipient_address"), row.getString("claimed_by") != null))
                .list();
    }

    /** Up to {@code limit} of the candidates, in their order, and no more than {@code perConversation} of one. */
    private static List<Candidate> capped(List<Candidate> due, int limit, int perConversation) {
        Map<String, Integer> taken = new HashMap<>();
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate candidate : due) {
            if (chosen.size() == limit) {
                break;
            }
            if (taken.merge(candidate.recipient(), 1, Integer::sum) <= perConversation) {
                chosen.add(candidate);
            }
        }
        return chosen;
    }

    /** The chosen rows that are still due, locked; those another claimer took meanwhile are left out. */
    private static List<Candidate> locked(Handle handle, List<Candidate> chosen, Instant now) {
        if (chosen.isEmpty()) {
            return chosen;
        }
        // still due, by id: whether the previous claim ended without an outcome, read under the lock
        Map<Long, Boolean> stillDue = handle.createQuery(
                        "SELECT id, claimed_by FROM outbox WHERE id IN (<ids>) AND " + DUE + " FOR UPDATE SKIP LOCKED")
                .bindList("ids", chosen.stream().map(Candidate::id).toList())
                .bind("now", now)
                .map((row, context) -> Map.entry(row.getLong("id"), row.getString("claimed_by") != null))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return chosen.stream()
                .filter(candidate -> stillDue.containsKey(candidate.id()))
                .map(candidate -> new Candidate(candidate.id(), candidate.recipient(), stillDue.get(candidate.id())))
                .toList();
    }

    @Override
    public void unclaim(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE outbox SET claimed_by = NULL, claimed_until = NULL,"
                        + " attempts = attempts - 1 WHERE id IN (<ids>) AND status IN ('PENDING', 'HELD')"
                        + " AND claimed_until IS NOT NULL AND attempts > 0")
                .bindList("ids", List.copyOf(ids))
                .execute());
    }

    @Override
    public void defer(long id, String owner, Instant notBefore, boolean mayBeSentAlready) {
        groupCommit.write(handle -> handle.createUpdate("UPDATE outbox SET claimed_by = NULL, claimed_until = NULL,"
                        + " attempts = attempts - 1, next_attempt_at = :notBefore,"
                        + " outcome_unknown = (outcome_unknown OR :maybeSent) WHERE id = :id AND claimed_by = :owner"
                        + " AND status IN ('PENDING', 'HELD') AND attempts > 0")
                .bind("notBefore", notBefore)
                .bind("maybeSent", mayBeSentAlready)
                .bind("id", id)
                .bind("owner", owner)
                .execute());
    }

    @Override
    public Set<Long> renew(Collection<Long> ids, String owner, Instant until) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        // a sender renews what waited behind other messages right before sending it, many at a time: one commit
        return groupCommit.read(handle -> {
            handle.createUpdate("UPDATE outbox SET claimed_until = :until WHERE id IN (<ids>) AND claimed_by = :owner"
                            + " AND status IN ('PENDING', 'HELD')")
                    .bind("until", until)
                    .bind("owner", owner)
                    .bindList("ids", List.copyOf(ids))
                    .execute();
            return Set.copyOf(handle.createQuery("SELECT id FROM outbox WHERE id IN (<ids>) AND claimed_by = :owner"
                            + " AND status IN ('PENDING', 'HELD')")
                    .bind("owner", owner)
                    .bindList("ids", List.copyOf(ids))
                    .mapTo(Long.class)
                    .list());
        });
    }

    @Override
    public void markSent(long id, String deliveryRef, Instant at) {
        // every sender records each message it sent: committed together, they share one write of the file
        groupCommit.write(handle -> handle.createUpdate("UPDATE outbox SET status = 'SENT', delivery_ref = :ref,"
                        + " sent_at = :at, claimed_by = NULL, claimed_until = NULL WHERE id = :id")
                .bind("ref", deliveryRef)
                .bind("at", at)
                .bind("id", id)
                .execute());
    }

    @Override
    public void markRetry(long id, Instant nextAttemptAt, String error, boolean outcomeUnknown) {
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE outbox SET next_attempt_at = :next, last_error = :error,"
                        + " outcome_unknown = :unknown, claimed_by = NULL, claimed_until = NULL WHERE id = :id")
                .bind("next", nextAttemptAt)
                .bind("error", truncated(error))
                .bind("unknown", outcomeUnknown)
                .bind("id", id)
                .execute());
    }

    @Override
    public void markFailed(long id, String error, Instant at) {
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE outbox SET status = 'FAILED', last_error = :error,"
                        + " failed_at = :at, claimed_by = NULL, claimed_until = NULL WHERE id = :id")
                .bind("error", truncated(error))
                .bind("at", at)
                .bind("id", id)
                .execute());
    }

    @Override
    public void markHeld(long id, String error) {
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE outbox SET status = 'HELD', last_error = :error,"
                        + " claimed_by = NULL, claimed_until = NULL WHERE id = :id")
                .bind("error", truncated(error))
                .bind("id", id)
                .execute());
    }

    // The claim columns are left alone: a row in flight keeps its lease, so resuming cannot hand it to a second sender.
    @Override
    public void holdFor(HireId hire) {
        execute(
                "UPDATE outbox SET status = 'HELD' WHERE hire_id = :hire AND status = 'PENDING'",
                Map.of("hire", hire.value()));
    }

    @Override
    public void resumeFor(HireId hire, Instant now) {
        execute(
                "UPDATE outbox SET status = 'PENDING', next_attempt_at = :now WHERE hire_id = :hire AND status = 'HELD'",
                Map.of("hire", hire.value(), "now", now));
    }

    @Override
    public int cancelFor(HireId hire, Instant at) {
        return execute(
                "UPDATE outbox SET status = 'FAILED', last_error = :error, failed_at = :at WHERE hire_id = :hire"
                        + " AND status IN ('PENDING', 'HELD')",
                Map.of("hire", hire.value(), "error", CANCELLED, "at", at));
    }

    @Override
    public int purgeSentBefore(Instant before) {
        return execute("DELETE FROM outbox WHERE status = 'SENT' AND sent_at < :before", Map.of("before", before));
    }

    @Override
    public Optional<OutboxEntry> find(String idempotencyKey) {
        return jdbi.withHandle(
                handle -> handle.createQuery("SELECT " + COLUMNS + " FROM outbox WHERE idempotency_key = :key")
                        .bind("key", idempotencyKey)
                        .map(this::map)
                        .findOne());
    }

    @Override
    public boolean contains(String idempotencyKey) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT 1 FROM outbox WHERE idempotency_key = :key")
                .bind("key", idempotencyKey)
                .mapTo(Integer.class)
                .findOne()
                .isPresent());
    }

    @Override
    public Optional<OutboxEntry> findByDeliveryRef(String deliveryRef) {
        return jdbi.withHandle(
                handle -> handle.createQuery("SELECT " + COLUMNS + " FROM outbox WHERE delivery_ref = :ref")
                        .bind("ref", deliveryRef)
                        .map(this::map)
                        .findFirst());
    }

    @Override
    public List<FailedSend> failedSince(Instant since, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT idempotency_key, recipient_address, last_error," + " failed_at FROM outbox WHERE "
                                + FAILED_SINCE + " ORDER BY failed_at DESC, id DESC LIMIT :limit")
                .bind("since", since)
                .bind("cancelled", CANCELLED)
                .bind("limit", Math.max(0, limit))
                .map((row, context) -> new FailedSend(
                        row.getString("idempotency_key"),
                        Recipient.parse(row.getString("recipient_address")),
                        row.getString("last_error"),
                        UtcInstants.read(row, "failed_at")))
                .list());
    }

    @Override
    public int countFailedSince(Instant since) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM outbox WHERE " + FAILED_SINCE)
                .bind("since", since)
                .bind("cancelled", CANCELLED)
                .mapTo(Integer.class)
                .one());
    }

    @Override
    public long pendingCount() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM outbox WHERE status = 'PENDING'")
                .mapTo(Long.class)
                .one());
    }

    @Override
    public Optional<Instant> oldestPendingCreatedAt() {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT created_at FROM outbox WHERE status = 'PENDING' ORDER BY created_at LIMIT 1")
                .mapTo(Instant.class)
                .findFirst());
    }

    /** One UPDATE or DELETE; joins the caller's transaction, if any. */
    private int execute(String sql, Map<String, Object> arguments) {
        return jdbi.withHandle(
                handle -> handle.createUpdate(sql).bindMap(arguments).execute());
    }

    // A stack trace or an HTML error page must not fail the very update that records the failure.
    private static String truncated(String error) {
        return error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }

    private OutboxEntry map(ResultSet row, StatementContext context) throws SQLException {
        return entry(row, false);
    }

    private OutboxEntry entry(ResultSet row, boolean interrupted) throws SQLException {
        OutboundMessage message = new OutboundMessage(
                row.getString("idempotency_key"),
                Recipient.parse(row.getString("recipient_address")),
                json.read(row.getString("payload")),
                UtcInstants.read(row, "not_before"),
                Optional.ofNullable(row.getString("hire_id")).map(HireId::new),
                Priority.ofRank(row.getInt("priority")));
        return new OutboxEntry(
                row.getLong("id"),
                message,
                OutboxStatus.valueOf(row.getString("status")),
                row.getInt("attempts"),
                UtcInstants.read(row, "next_attempt_at"),
                Optional.ofNullable(row.getString("delivery_ref")),
                Optional.ofNullable(row.getString("last_error")),
                UtcInstants.read(row, "created_at"),
                interrupted,
                row.getBoolean("outcome_unknown"));
    }
}
