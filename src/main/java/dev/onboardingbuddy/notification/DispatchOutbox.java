package dev.onboardingbuddy.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * Sends what the outbox holds, once each. When the previous try may have sent the message (it ended without a record,
 * after a crash between send and record, or failed with an unknown outcome, such as a timeout or a 5xx after the
 * request went out), it first asks the platform whether the message already went out, so nobody sees a duplicate. Thread-safe;
 * several dispatchers, in one process or many, share the work through the outbox's leases.
 */
public final class DispatchOutbox {
  public static final Duration DEFAULT_LEASE = Duration.ofMinutes(2);
  /**
   * Lease time one send may need: up to three Web API calls (conversations.open, conversations.history,
   * chat.postMessage), each bounded by the 10 s connect and 10 s read timeouts the Slack SDK's HTTP client keeps,
   * plus seconds of per-channel pacing. Fixed rather than a share of the lease, because a send takes as long with a
   * short lease as with a long one: a send that outlives its lease may be claimed and sent again by another instance.
   */
  public static final Duration SEND_BUDGET = Duration.ofSeconds(60);
  /** The shortest lease: one send budget plus 30 s in which a batch may start sends. */
  public static final Duration MINIMUM_LEASE = Duration.ofSeconds(90);

  private final Outbox outbox;
  private final ChatGateway gateway;
  private final AdminAlerts alerts;
  private final RetryPolicy retries;
  private final Clock clock;
  private final DoubleSupplier random;
  private final String owner;
  private final Duration lease;

  public DispatchOutbox(Outbox outbox, ChatGateway gateway, AdminAlerts alerts, RetryPolicy retries, Clock clock,
      DoubleSupplier random, String owner) {
    this(outbox, gateway, alerts, retries, clock, random, owner, DEFAULT_LEASE);
  }

  /**
   * @param lease how long a claimed entry stays invisible to other dispatchers; after a crash, its entries wait
   *     this long before another instance takes them over. At least {@link #MINIMUM_LEASE}.
   */
  public DispatchOutbox(Outbox outbox, ChatGateway gateway, AdminAlerts alerts, RetryPolicy retries, Clock clock,
      DoubleSupplier random, String owner, Duration lease) {
    this.outbox = outbox;
    this.gateway = gateway;
    this.alerts = alerts;
    this.retries = retries;
    this.clock = clock;
    this.random = random;
    this.owner = owner;
    if (lease.compareTo(MINIMUM_LEASE) < 0) {
      throw new IllegalArgumentException("the outbox lease is " + lease.toSeconds() + " s but must be at least "
          + MINIMUM_LEASE.toSeconds() + " s: one send may take " + SEND_BUDGET.toSeconds() + " s");
    }
    this.lease = lease;
  }

  /**
   * What a batch cut short by a failing database left behind, settled first thing at the next dispatch so that the
   * outbox resumes as soon as the database is back instead of when the leases run out: messages sent but not recorded
   * (recorded now, never sent again) and entries claimed but never tried (given back). Guarded by {@code this}.
   */
  private final java.util.Map<Long, String> sentNotRecorded = new java.util.LinkedHashMap<>();
  private final List<Long> claimedNotTried = new java.util.ArrayList<>();
  private Instant leftoversClaimedAt = Instant.MIN;
  /** The entry of the batch being delivered; what follows it was never tried when delivery throws. */
  private long lastTried = Long.MIN_VALUE;

  /** Sends up to {@code limit} due entries; returns how many went out. */
  public int dispatch(int limit) {
    settleLeftovers();
    Instant claimedAt = clock.instant();
    List<OutboxEntry> due = outbox.claimDue(claimedAt, limit, owner, lease);
    try {
      return dispatch(due, claimedAt);
    } catch (RuntimeException cutShort) {
      remember(due, claimedAt);
      throw cutShort;
    }
  }

  private int dispatch(List<OutboxEntry> due, Instant claimedAt) {
    // Every lease of the batch runs from the claim, but sends are slow (HTTP timeouts, per-channel pacing). A send
    // started late could outlive its lease while another dispatcher claims and sends the same entry. The entries
    // left over were never tried, so they are given back at once, without using up an attempt.
    Instant lastStart = claimedAt.plus(lease).minus(SEND_BUDGET);
    int sent = 0;
    java.util.Set<String> gone = new java.util.HashSet<>();
    for (int next = 0; next < due.size(); next++) {
      if (clock.instant().isAfter(lastStart)) {
        giveBack(due.subList(next, due.size()), claimedAt);
        break;
      }
      OutboxEntry entry = due.get(next);
      if (gone.contains(entry.message().to().address())) {
        // its recipient left a moment ago, in this batch: held like the message that found out, never tried
        lastTried = entry.id();
        outbox.markHeld(entry.id(), "held: the recipient has left");
        continue;
      }
      if (deliver(entry, gone)) {
        sent++;
      }
    }
    return sent;
  }

  private synchronized void remember(List<OutboxEntry> batch, Instant claimedAt) {
    leftoversClaimedAt = claimedAt;
    boolean tried = true;
    for (OutboxEntry entry : batch) {
      if (!tried) {
        claimedNotTried.add(entry.id());
      }
      if (tried && entry.id() == lastTried) {
        tried = false; // everything after the entry that failed was never tried
      }
    }
  }

  private synchronized void settleLeftovers() {
    if (sentNotRecorded.isEmpty() && claimedNotTried.isEmpty()) {
      return;
    }
    // Only while the leases are still ours; after that the next claim finds sent messages by their key anyway.
    if (clock.instant().isBefore(leftoversClaimedAt.plus(lease))) {
      for (var sent : List.copyOf(sentNotRecorded.entrySet())) {
        outbox.markSent(sent.getKey(), sent.getValue(), clock.instant());
        sentNotRecorded.remove(sent.getKey());
      }
      outbox.unclaim(List.copyOf(claimedNotTried));
    }
    sentNotRecorded.clear();
    claimedNotTried.clear();
  }

  private void giveBack(List<OutboxEntry> untried, Instant claimedAt) {
    // Only while the leases are still ours: once they ran out, another dispatcher may have claimed these entries,
    // and clearing its lease would let a third one send them too. Left alone, they are claimed when leases end.
    if (clock.instant().isBefore(claimedAt.plus(lease))) {
      outbox.unclaim(untried.stream().map(OutboxEntry::id).toList());
    }
  }

  private boolean deliver(OutboxEntry entry, java.util.Set<String> gone) {
    lastTried = entry.id();
    String ref;
    // Only a try that may have sent the message is followed by a look for it: a claim after one that recorded nothing
    // (a crash between send and record), or a recorded failure whose outcome is unknown (a timeout or a 5xx after the
    // request went out). After a failure that certainly sent nothing (connection refused, 429, 4xx) asking would only
    // spend conversations.history, which Slack rate-limits.
    boolean lookFirst = entry.mayBeSentAlready();
    boolean sending = false;
    try {
      Optional<String> earlier = lookFirst ? gateway.findSent(entry.message()) : Optional.empty();
      if (earlier.isEmpty() && entry.interrupted() && entry.attempts() > retries.maxAttempts()) {
        // The claim of the last allowed try was never followed by a record: its dispatcher died. Without this, an
        // entry that kills its dispatcher would be claimed and tried forever.
        fail(entry, DeliveryFailure.permanent("the dispatcher stopped during the last try"), false);
        return false;
      }
      sending = earlier.isEmpty();
      ref = earlier.isPresent() ? earlier.get() : gateway.send(entry.message());
    } catch (DeliveryFailure failure) {
      if (failure.recipientGone()) {
        gone.add(entry.message().to().address());
      }
      // A failed look leaves the earlier try's outcome as unknown as it was; a failed send has its own.
      fail(entry, failure, sending ? failure.outcomeUnknown() : lookFirst);
      return false;
    } catch (RuntimeException unexpected) {
      fail(entry, DeliveryFailure.retryable(unexpected.toString(), unexpected), sending || lookFirst);
      return false;
    }
    // Outside the try: the message is in the chat, so a failure to record it is not a failed send (that would retry
    // or even mark FAILED and alert). It propagates; the entry stays leased, and its next claim finds the message.
    try {
      outbox.markSent(entry.id(), ref, clock.instant());
    } catch (RuntimeException databaseDown) {
      synchronized (this) {
        sentNotRecorded.put(entry.id(), ref);
      }
      throw databaseDown;
    }
    return true;
  }

  /** @param outcomeUnknown whether the message may be in the chat after all, so the next try looks for it first */
  private void fail(OutboxEntry entry, DeliveryFailure failure, boolean outcomeUnknown) {
    int attempts = entry.attempts();
    Instant now = clock.instant();
    if (failure.recipientGone()) {
      // trying again cannot reach someone who left, and failing would bury the message: it waits for a decision
      outbox.markHeld(entry.id(), failure.getMessage());
      alerts.recipientGone(entry, failure.getMessage());
      return;
    }
    if (!failure.retryable() || attempts >= retries.maxAttempts()) {
      String error = failure.getMessage() + " (after " + attempts + " tries"
          + (outcomeUnknown ? "; the last may have been posted" : "") + ")";
      outbox.markFailed(entry.id(), error, now);
      alerts.deliveryFailed(entry, error);
      return;
    }
    Duration wait = retries.delay(attempts, failure.retryAfter(), random);
    outbox.markRetry(entry.id(), now.plus(wait), failure.getMessage(), outcomeUnknown);
  }
}
