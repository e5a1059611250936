package dev.onboardingbuddy.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes of many threads share one commit; each writer returns once its own write is committed, or with its error. */
class GroupCommitTest {
    @TempDir
    Path directory;

    Database database;
    GroupCommit group;
    ExecutorService writers = Executors.newFixedThreadPool(8);

    @BeforeEach
    void open() {
        database = TestDatabases.h2(directory);
        database.jdbi().useHandle(handle -> handle.execute("CREATE TABLE notes (id INT PRIMARY KEY, txt VARCHAR(20))"));
        group = new GroupCommit(database.jdbi());
    }

    @AfterEach
    void close() {
        writers.shutdownNow();
        group.close();
        database.close();
    }

    private static void insert(Handle handle, int id) {
        handle.createUpdate("INSERT INTO notes (id, txt) VALUES (:id, 'n')")
                .bind("id", id)
                .execute();
    }

    private int count() {
        return database.jdbi()
                .withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM notes")
                        .mapTo(Integer.class)
                        .one());
    }

    @Test
    void writesThatArriveWhileACommitRunsShareTheNextOne() throws Exception {
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        Set<Handle> handles = ConcurrentHashMap.newKeySet();
        Future<?> first = writers.submit(() -> group.write(handle -> {
            insert(handle, 0);
            firstRunning.countDown();
            await(releaseFirst);
        }));
        assertThat(firstRunning.await(10, TimeUnit.SECONDS)).isTrue();
        List<Future<?>> queued = new ArrayList<>();
        for (int id = 1; id <= 6; id++) {
            int note = id;
            queued.add(writers.submit(() -> group.write(handle -> {
                handles.add(handle);
                insert(handle, note);
            })));
        }
        Thread.sleep(200); // the six wait behind the first commit
        assertThat(queued).noneMatch(Future::isDone);

        releaseFirst.countDown();
        first.get(10, TimeUnit.SECONDS);
        for (Future<?> write : queued) {
            write.get(10, TimeUnit.SECONDS);
        }

        assertThat(count()).isEqualTo(7);
        assertThat(handles).as("one transaction for the six that queued").hasSize(1);
    }

    @Test
    void aFailingWriteFailsOnlyItsOwnCaller() throws Exception {
        group.write(handle -> insert(handle, 1));
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        Future<?> blocker = writers.submit(() -> group.write(handle -> {
            firstRunning.countDown();
            await(releaseFirst);
        }));
        assertThat(firstRunning.await(10, TimeUnit.SECONDS)).isTrue();
        Future<?> duplicate = writers.submit(() -> group.write(handle -> insert(handle, 1)));
        Future<?> fine = writers.submit(() -> group.write(handle -> insert(handle, 2)));
        Thread.sleep(200);
        releaseFirst.countDown();
        blocker.get(10, TimeUnit.SECONDS);

        assertThatThrownBy(() -> duplicate.get(10, TimeUnit.SECONDS)).hasMessageContaining("NOTES");
        fine.get(10, TimeUnit.SECONDS);
        assertThat(count()).isEqualTo(2);
    }

    @Test
    void aWriterGetsWhatItsWorkReturnedOnceCommitted() {
        group.write(handle -> insert(handle, 1));

        int updated = group.read(handle -> handle.createUpdate("UPDATE notes SET txt = 'x' WHERE id IN (1, 2)")
                .execute());

        assertThat(updated).isEqualTo(1);
    }

    @Test
    void aWriteFromInsideATransactionJoinsItAndRollsBackWithIt() {
        assertThatThrownBy(() -> database.jdbi().useTransaction(handle -> {
                    insert(handle, 6);
                    group.write(inside -> insert(inside, 7));
                    throw new IllegalStateException("rolled back");
                }))
                .hasMessage("rolled back");

        assertThat(count())
                .as("neither row: the write was part of the caller's transaction")
                .isZero();
    }

    @Test
    void aWriteAfterCloseCommitsOnItsOwn() {
        group.close();

        group.write(handle -> insert(handle, 5));

        assertThat(count()).isEqualTo(1);
    }

    @Test
    void aClosedDatabaseFailsTheWriterWithTheDatabasesError() {
        database.close();

        assertThatThrownBy(() -> group.write(handle -> insert(handle, 5)))
                .as("the writer hears of it instead of waiting")
                .isInstanceOf(RuntimeException.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
