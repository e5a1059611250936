package dev.onboardingbuddy.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs one task many times on a few threads released together, to provoke the races a port must survive. */
public final class Race {

    private static final int THREADS = 4;

    private Race() {}

    /** How many of {@code runs} concurrent runs of {@code task} returned true. */
    public static int timesTrue(int runs, Callable<Boolean> task) throws Exception {
        int count = 0;
        for (Boolean result : run(runs, task)) {
            count += result ? 1 : 0;
        }
        return count;
    }

    /** The results of {@code runs} concurrent runs of {@code task}. */
    public static <T> List<T> run(int runs, Callable<T> task) throws Exception {
        return all(Collections.nCopies(runs, task));
    }

    /** The results of the tasks, released together so that they really race; in the order given. */
    public static <T> List<T> all(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(tasks.size(), THREADS)));
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
