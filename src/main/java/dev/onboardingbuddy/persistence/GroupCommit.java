package dev.onboardingbuddy.persistence;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Commits small writes that many threads make at the same moment in one transaction, and returns to each writer once
 * its write is committed. A commit is what an embedded H2 database pays for (with {@code WRITE_DELAY=0} every commit
 * writes a new chunk to the file, under one lock), so a dozen senders each recording "sent" would otherwise queue
 * behind each other's file writes; together they pay for one. Durability is unchanged: nobody returns before the
 * commit that holds their write.
 *
 * <p>Only for writes that stand alone (one statement, or a few that need no answer from each other). When the shared
 * transaction fails, each write of the group is tried again alone, so one bad write fails only its own caller (and a
 * deadlock that broke the group is usually gone by then); when the database is unavailable, all of them fail at once
 * with that. A caller that already holds a handle on its thread (inside a transaction) writes there, in that
 * transaction, instead of committing beside it. Thread-safe.
 */
public final class GroupCommit implements AutoCloseable {
    /** Enough to empty the queue of every sender and request thread at once; a bigger group only delays its first. */
    private static final int LARGEST_GROUP = 256;

    /** How soon the committer notices {@link #close()} when idle. */
    private static final Duration POLL = Duration.ofMillis(100);

    private final Jdbi jdbi;
    private final LinkedBlockingQueue<Write> queue = new LinkedBlockingQueue<>();
    private final Thread committer;
    private volatile boolean closed;

    private record Write(Function<Handle, ?> work, CompletableFuture<Object> done) {}

    public GroupCommit(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.committer = new Thread(this::commitGroups, "group-commit");
        committer.setDaemon(true);
        committer.start();
    }

    /**
     * Runs {@code work} in a transaction shared with the writes of other threads that arrived meanwhile; returns once
     * it is committed.
     *
     * @throws RuntimeException what {@code work} or the commit threw (a database that is down, say)
     */
    public void write(Consumer<Handle> work) {
        read(handle -> {
            work.accept(handle);
            return null;
        });
    }

    /** Like {@link #write}, returning what {@code work} returned, once it is committed. */
    @SuppressWarnings("unchecked")
    public <T> T read(Function<Handle, T> work) {
        if (closed
                || Thread.currentThread() == committer
                || jdbi.getHandleScope().get() != null) {
            return jdbi.inTransaction(work::apply);
        }
        Write write = new Write(work, new CompletableFuture<>());
        queue.add(write);
        if (closed && queue.remove(write)) {
            return jdbi.inTransaction(work::apply); // closed meanwhile: nobody would take it
        }
        return (T) awaitCommitted(write.done());
    }

    private static Object awaitCommitted(CompletableFuture<Object> done) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return done.get();
                } catch (InterruptedException e) {
                    // the write is in a group already: leaving now would not undo it, so wait for its outcome
                    interrupted = true;
                } catch (ExecutionException failed) {
                    throw failed.getCause() instanceof RuntimeException runtime
                            ? runtime
                            : new CompletionException(failed.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void commitGroups() {
        List<Write> group = new ArrayList<>();
        while (!closed || !queue.isEmpty()) {
            try {
                // polled, not taken: close() must not interrupt this thread, which may be inside H2 at the time
                Write first = queue.poll(POLL.toMillis(), TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                queue.drainTo(group, LARGEST_GROUP - 1);
                commit(group);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                group.clear();
            }
        }
    }

    private void commit(List<Write> group) {
        try {
            // answers are handed out only once the commit holds them
            List<Object> answers = jdbi.inTransaction(handle -> {
                List<Object> each = new ArrayList<>();
                group.forEach(write -> each.add(write.work().apply(handle)));
                return each;
            });
            for (int i = 0; i < group.size(); i++) {
                group.get(i).done().complete(answers.get(i));
            }
        } catch (RuntimeException | Error groupFailed) {
            if (group.size() == 1 || DatabaseUnavailable.isCause(groupFailed)) {
                // alone, each would only wait for the same outage once more
                group.forEach(write -> write.done().completeExceptionally(groupFailed));
                return;
            }
            for (Write write : group) {
                try {
                    write.done().complete(jdbi.inTransaction(write.work()::apply));
                } catch (RuntimeException | Error alone) {
                    write.done().completeExceptionally(alone);
                }
            }
        }
    }

    /** Commits what is queued, then stops; later writes commit on their own. Call before the pool closes. */
    @Override
    public void close() {
        closed = true;
        try {
            committer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Write left;
        while ((left = queue.poll()) != null) {
            left.done().completeExceptionally(new IllegalStateException("the database is closing"));
        }
    }
}
