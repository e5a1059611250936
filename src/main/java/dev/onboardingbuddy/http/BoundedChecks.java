package dev.onboardingbuddy.http;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Runs named checks in parallel and reports each as passed only when it said so within the deadline, so a probe
 * answers in time even when a check blocks (Kubernetes gives a probe one second). A check still running from an
 * earlier probe is awaited, not started again, so a blocked check never piles up threads. Thread-safe.
 */
final class BoundedChecks implements AutoCloseable {
    private final Duration deadline;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "health-check");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, CompletableFuture<Boolean>> running = new ConcurrentHashMap<>();

    BoundedChecks(Duration deadline) {
        this.deadline = deadline;
    }

    /** Each check's name and result, in the given order; a check that threw or timed out counts as failed. */
    Map<String, Boolean> run(Map<String, BooleanSupplier> checks) {
        Map<String, CompletableFuture<Boolean>> started = new LinkedHashMap<>();
        checks.forEach((name, check) -> started.put(
                name,
                running.compute(
                        name, (key, previous) -> previous != null && !previous.isDone() ? previous : start(check))));
        long end = System.nanoTime() + deadline.toNanos();
        Map<String, Boolean> results = new LinkedHashMap<>();
        started.forEach((name, future) -> {
            boolean ok;
            try {
                ok = future.get(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                ok = false;
            } catch (Exception failedOrTooSlow) {
                ok = false;
            }
            results.put(name, ok);
        });
        return results;
    }

    private CompletableFuture<Boolean> start(BooleanSupplier check) {
        return CompletableFuture.supplyAsync(check::getAsBoolean, executor);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
