package dev.onboardingbuddy.testing;

import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.notification.FailedSend;
import dev.onboardingbuddy.notification.OutboundMessage;
import dev.onboardingbuddy.notification.Outbox;
import dev.onboardingbuddy.notification.OutboxEntry;
import dev.onboardingbuddy.notification.OutboxStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An {@link Outbox} in a list; passes {@link OutboxContract}, including its rules that a claim counts as an attempt
 * that a lease hides a row until it runs out, and that claims go by priority, then age. Thread-safe (one lock).
 */
public final class InMemoryOutbox implements Outbox {
    private static final String CANCELLED = "enrolment cancelled";

    /** A row; mutable, guarded by the outbox's lock. */
    private static final class Row {
        final long id;
        final OutboundMessage message;
        final Instant createdAt;
        OutboxStatus status = OutboxStatus.PENDING;
        int attempts;
        Instant nextAttemptAt;
        Instant claimedUntil;
        /** Cleared by every record; still set at the next claim when the previous one ended without an outcome. */
        String claimedBy;

        String deliveryRef;
        Instant sentAt;
        String lastError;
        Instant failedAt;
        boolean outcomeUnknown;

        Row(long id, OutboundMessage message, Instant createdAt) {
            this.id = id;
            this.message = message;
            this.createdAt = createdAt;
            this.nextAttemptAt = message.notBefore();
        }

        OutboxEntry entry() {
            return entry(false);
        }

        OutboxEntry entry(boolean interrupted) {
            return new OutboxEntry(
                    id,
                    message,
                    status,
                    attempts,
                    nextAttemptAt,
                    Optional.ofNullable(deliveryRef),
                    Optional.ofNullable(lastError),
                    createdAt,
                    interrupted,
                    outcomeUnknown);
        }

        void release() {
            claimedUntil = null;
            claimedBy = null;
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private long nextId = 1;

    @Override
    public synchronized boolean enqueue(OutboundMessage message, Instant now) {
        if (rows.stream().anyMatch(row -> row.message.idempotencyKey().equals(message.idempotencyKey()))) {
            return false;
        }
        rows.add(new Row(nextId++, message, now));
        return true;
    }

    @Override
    public synchronized List<OutboxEntry> claimDue(
            Instant now, int limit, String owner, Duration lease, Set<String> busy, int perConversation) {
        Map<String, Integer> perAddress = new HashMap<>();
        List<Row> due = rows.stream()
                .filter(row -> row.status == OutboxStatus.PENDING)
                .filter(row -> !busy.contains(row.message.to().address()))
                .filter(row -> !row.message.notBefore().isAfter(now) && !row.nextAttemptAt.isAfter(now))
                .filter(row -> row.claimedUntil == null || !row.claimedUntil.isAfter(now))
                .sorted(Comparator.comparingInt(
                                (Row row) -> row.message.priority().rank())
                        .thenComparing(row -> row.createdAt)
                        .thenComparingLong(row -> row.id))
                .limit(perConversation >= limit ? Math.max(limit, 0) : (long) limit * LOOK_AHEAD)
                .filter(row -> perAddress.merge(row.message.to().address(), 1, Integer::sum) <= perConversation)
                .limit(Math.max(limit, 0))
                .toList();
        List<OutboxEntry> claimed = new ArrayList<>();
        for (Row row : due) {
            boolean interrupted = row.claimedBy != null;
            row.claimedUntil = now.plus(lease);
            row.claimedBy = owner;
            row.attempts++;
            claimed.add(row.entry(interrupted));
        }
        return claimed;
    }

    @Override
    public synchronized void unclaim(Collection<Long> ids) {
        rows.stream()
                .filter(row -> ids.contains(row.id) && row.claimedUntil != null && row.attempts > 0)
                .filter(row -> row.status == OutboxStatus.PENDING || row.status == OutboxStatus.HELD)
                .forEach(row -> {
                    row.release();
                    row.attempts--;
                });
    }

    @Override
    public synchronized void defer(long id, String owner, Instant notBefore, boolean mayBeSentAlready) {
        row(id).filter(row -> owner.equals(row.claimedBy) && row.attempts > 0)
                .filter(row -> row.status == OutboxStatus.PENDING || row.status == OutboxStatus.HELD)
                .ifPresent(row -> {
                    row.release();
                    row.attempts--;
                    row.nextAttemptAt = notBefore;
                    row.outcomeUnknown |= mayBeSentAlready;
                });
    }

    @Override
    public synchronized Set<Long> renew(Collection<Long> ids, String owner, Instant until) {
        Set<Long> renewed = new HashSet<>();
        rows.stream()
                .filter(row -> ids.contains(row.id) && owner.equals(row.claimedBy))
                .filter(row -> row.status == OutboxStatus.PENDING || row.status == OutboxStatus.HELD)
                .forEach(row -> {
                    row.claimedUntil = until;
                    renewed.add(row.id);
                });
        return renewed;
    }

    @Override
    public synchronized void markSent(long id, String deliveryRef, Instant at) {
        row(id).ifPresent(row -> {
            row.status = OutboxStatus.SENT;
            row.deliveryRef = deliveryRef;
            row.sentAt = at;
            row.release();
        });
    }

    @Override
    public synchronized void markRetry(long id, Instant nextAttemptAt, String error, boolean outcomeUnknown) {
        row(id).ifPresent(row -> {
            row.nextAttemptAt = nextAttemptAt;
            row.lastError = error;
            row.outcomeUnknown = outcomeUnknown;
            row.release();
        });
    }

    @Override
    public synchronized void markFailed(long id, String error, Instant at) {
        row(id).ifPresent(row -> {
            row.status = OutboxStatus.FAILED;
            row.lastError = error;
            row.failedAt = at;
            row.release();
        });
    }

    @Override
    public synchronized void markHeld(long id, String error) {
        row(id).ifPresent(row -> {
            row.status = OutboxStatus.HELD;
            row.lastError = error;
            row.release();
        });
    }

    @Override
    public synchronized void holdFor(HireId hire) {
        rowsOf(hire, OutboxStatus.PENDING).forEach(row -> row.status = OutboxStatus.HELD);
    }

    @Override
    public synchronized void resumeFor(HireId hire, Instant now) {
        rowsOf(hire, OutboxStatus.HELD).forEach(row -> {
            row.status = OutboxStatus.PENDING;
            row.nextAttemptAt = now;
        });
    }

    @Override
    public synchronized int cancelFor(HireId hire, Instant at) {
        List<Row> open = new ArrayList<>(rowsOf(hire, OutboxStatus.PENDING));
        open.addAll(rowsOf(hire, OutboxStatus.HELD));
        open.forEach(row -> {
            row.status = OutboxStatus.FAILED;
            row.lastError = CANCELLED;
            row.failedAt = at;
        });
        return open.size();
    }

    @Override
    public synchronized int purgeSentBefore(Instant before) {
        int count = rows.size();
        rows.removeIf(row -> row.status == OutboxStatus.SENT && row.sentAt.isBefore(before));
        return count - rows.size();
    }

    @Override
    public synchronized List<FailedSend> failedSince(Instant since, int limit) {
        return failuresSince(since).stream()
                .sorted(Comparator.comparing((Row row) -> row.failedAt)
                        .thenComparing(row -> row.id)
                        .reversed())
                .limit(Math.max(0, limit))
                .map(row -> new FailedSend(row.message.idempotencyKey(), row.message.to(), row.lastError, row.failedAt))
                .toList();
    }

    @Override
    public synchronized int countFailedSince(Instant since) {
        return failuresSince(since).size();
    }

    private List<Row> failuresSince(Instant since) {
        return rows.stream()
                .filter(row -> row.status == OutboxStatus.FAILED
                        && !row.failedAt.isBefore(since)
                        && !CANCELLED.equals(row.lastError))
                .toList();
    }

    @Override
    public synchronized boolean contains(String idempotencyKey) {
        return find(idempotencyKey).isPresent();
    }

    @Override
    public synchronized Optional<OutboxEntry> find(String idempotencyKey) {
        return rows.stream()
                .filter(row -> row.message.idempotencyKey().equals(idempotencyKey))
                .findFirst()
                .map(Row::entry);
    }

    @Override
    public synchronized Optional<OutboxEntry> findByDeliveryRef(String deliveryRef) {
        return rows.stream()
                .filter(row -> deliveryRef.equals(row.deliveryRef))
                .findFirst()
                .map(Row::entry);
    }

    @Override
    public synchronized long pendingCount() {
        return rows.stream().filter(row -> row.status == OutboxStatus.PENDING).count();
    }

    @Override
    public synchronized Optional<Instant> oldestPendingCreatedAt() {
        return rows.stream()
                .filter(row -> row.status == OutboxStatus.PENDING)
                .map(row -> row.createdAt)
                .min(Comparator.naturalOrder());
    }

    private List<Row> rowsOf(HireId hire, OutboxStatus status) {
        return rows.stream()
                .filter(row -> row.status == status && row.message.hire().equals(Optional.of(hire)))
                .toList();
    }

    private Optional<Row> row(long id) {
        return rows.stream().filter(row -> row.id == id).findFirst();
    }
}
