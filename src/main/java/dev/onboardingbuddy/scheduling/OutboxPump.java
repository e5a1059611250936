package dev.onboardingbuddy.scheduling;

import dev.onboardingbuddy.notification.DispatchOutbox;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the outbox draining: polls at a fixed interval, and at once when woken (a listener just queued a reply), so
 * answers feel immediate without a tight loop. One thread, so sends from this process never race each other.
 */
public final class OutboxPump implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(OutboxPump.class);
  private static final int BATCH = 20;

  private final DispatchOutbox dispatcher;
  private final Duration interval;
  private final ScheduledExecutorService executor;
  private final AtomicBoolean wakePending = new AtomicBoolean();

  public OutboxPump(DispatchOutbox dispatcher, Duration interval) {
    this.dispatcher = dispatcher;
    this.interval = interval;
    this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "outbox-pump");
      thread.setDaemon(true);
      return thread;
    });
  }

  public OutboxPump start() {
    executor.scheduleWithFixedDelay(this::drain, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    return this;
  }

  /** Asks for a drain now; many wakes before it runs collapse into one. */
  public void wake() {
    if (wakePending.compareAndSet(false, true)) {
      try {
        executor.execute(() -> {
          wakePending.set(false);
          drain();
        });
      } catch (java.util.concurrent.RejectedExecutionException stopping) {
        wakePending.set(false);
      }
    }
  }

  private void drain() {
    try {
      // Stops between batches once closing: close() promises the send in flight, not the whole queue.
      while (!executor.isShutdown() && dispatcher.dispatch(BATCH) == BATCH) {
        // a full batch went out; more may be waiting
      }
    } catch (Throwable e) {
      // Everything, not only RuntimeException: whatever escapes a fixed-delay task silently cancels all its later
      // runs, and the outbox would stop draining without a word in the log.
      LOG.error("outbox dispatch failed; retrying at the next poll", e);
    }
  }

  /**
   * Finishes the batch in flight (and a drain already asked for), then stops; sends not started stay in the outbox
   * for the next start or another instance. Call before the database closes.
   */
  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
