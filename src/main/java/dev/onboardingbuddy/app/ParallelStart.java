package dev.onboardingbuddy.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up steps that need nothing from each other, each on a thread of its own. Start-up is mostly class loading
 * (Flyway, JDBI, Jetty, Jackson, Bolt, Quartz each bring hundreds of classes) and a little I/O, both of which overlap
 * well across cores; run one after the other they left all but one core idle. The thread that begins the steps joins
 * each where it needs its result. Not thread-safe: one thread begins, joins and abandons.
 */
final class ParallelStart {
    private static final Logger LOG = LoggerFactory.getLogger(ParallelStart.class);

    private final List<Step<?>> steps = new ArrayList<>();

    /** Starts {@code work} now on a daemon thread named {@code start-NAME}. */
    <T> Step<T> begin(String name, Callable<T> work) {
        Step<T> step = new Step<>(name, new FutureTask<>(work));
        steps.add(step);
        Thread thread = new Thread(step.task, "start-" + name);
        thread.setDaemon(true);
        thread.start();
        return step;
    }

    /**
     * After a failed start: waits for the steps still running and closes what the steps nobody joined opened (the
     * joiner owns what it joined), so that a failed start leaves no pool, database or thread behind.
     */
    void abandon() {
        for (Step<?> step : steps) {
            if (step.joined) {
                continue;
            }
            try {
                if (step.task.get() instanceof AutoCloseable opened) {
                    opened.close();
                }
            } catch (ExecutionException e) {
                LOG.debug("start-up step {} failed as well", step.name, e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                LOG.warn("closing what start-up step {} opened failed: {}", step.name, e.getMessage());
            }
        }
    }

    /** One step's result. */
    static final class Step<T> {
        private final String name;
        private final FutureTask<T> task;
        private boolean joined;

        private Step(String name, FutureTask<T> task) {
            this.name = name;
            this.task = task;
        }

        /**
         * Waits for the step; the caller now owns its result (closes it). Throws what the step threw: an unchecked
         * exception as it is (a {@code ConfigurationException} keeps its message for the operator), a checked one
         * wrapped.
         */
        T join() {
            joined = true;
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting " + name, e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException unchecked) {
                    throw unchecked;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException("could not start " + name + ": " + e.getCause(), e.getCause());
            }
        }

        /** The result if the step has finished well, without waiting: for a health check asked during start-up. */
        Optional<T> ifDone() {
            if (!task.isDone()) {
                return Optional.empty();
            }
            try {
                return Optional.ofNullable(task.get());
            } catch (ExecutionException | CancellationException e) {
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }
}
