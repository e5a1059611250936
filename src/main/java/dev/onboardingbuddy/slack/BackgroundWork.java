package dev.onboardingbuddy.slack;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs what must not delay Slack's acknowledgement (Web API calls) on a small pool, and logs what fails there
 * because nobody else would see it.
 */
public final class BackgroundWork implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(BackgroundWork.class);
  private final ExecutorService executor;

  public BackgroundWork(int threads) {
    this.executor = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "slack-work");
      thread.setDaemon(true);
      return thread;
    });
  }

  public void submit(String what, Runnable work) {
    executor.execute(() -> {
      try {
        work.run();
      } catch (RuntimeException e) {
        LOG.error("{} failed", what, e);
      }
    });
  }

  /** Lets running work finish, for a clean shutdown. */
  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
