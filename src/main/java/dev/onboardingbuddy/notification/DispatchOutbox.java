package dev.onboardingbuddy.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * Sends what the outbox holds, once each. Before a retry it asks the platform whether the message already went out
 * (a crash between send and record), so nobody sees a duplicate. Thread-safe; several dispatchers, in one process or
 * many, share the work through the outbox's leases.
 */
public final class DispatchOutbox {
  private static final Duration LEASE = Duration.ofMinutes(2);

  private final Outbox outbox;
  private final ChatGateway gateway;
  private final AdminAlerts alerts;
  private final RetryPolicy retries;
  private final Clock clock;
  private final DoubleSupplier random;
  private final String owner;

  public DispatchOutbox(Outbox outbox, ChatGateway gateway, AdminAlerts alerts, RetryPolicy retries, Clock clock,
      DoubleSupplier random, String owner) {
    this.outbox = outbox;
    this.gateway = gateway;
    this.alerts = alerts;
    this.retries = retries;
    this.clock = clock;
    this.random = random;
    this.owner = owner;
  }

  /** Sends up to {@code limit} due entries; returns how many went out. */
  public int dispatch(int limit) {
    List<OutboxEntry> due = outbox.claimDue(clock.instant(), limit, owner, LEASE);
    int sent = 0;
    for (OutboxEntry entry : due) {
      if (deliver(entry)) {
        sent++;
      }
    }
    return sent;
  }

  private boolean deliver(OutboxEntry entry) {
    try {
      Optional<String> earlier = entry.attempts() > 1 ? gateway.findSent(entry.message()) : Optional.empty();
      String ref = earlier.orElseGet(() -> gateway.send(entry.message()));
      outbox.markSent(entry.id(), ref, clock.instant());
      return true;
    } catch (DeliveryFailure failure) {
      fail(entry, failure);
      return false;
    } catch (RuntimeException unexpected) {
      fail(entry, DeliveryFailure.retryable(String.valueOf(unexpected.getMessage()), unexpected));
      return false;
    }
  }

  private void fail(OutboxEntry entry, DeliveryFailure failure) {
    int attempts = entry.attempts();
    Instant now = clock.instant();
    if (!failure.retryable() || attempts >= retries.maxAttempts()) {
      String error = failure.getMessage() + " (after " + attempts + " tries)";
      outbox.markFailed(entry.id(), error, now);
      alerts.deliveryFailed(entry, error);
      return;
    }
    Duration wait = retries.delay(attempts, failure.retryAfter(), random);
    outbox.markRetry(entry.id(), now.plus(wait), failure.getMessage());
  }
}
