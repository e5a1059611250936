package dev.onboardingbuddy.conversation;

import dev.onboardingbuddy.enrollment.ChatUserId;
import java.time.Instant;
import java.util.List;

/**
 * Acknowledged {@code start} commands whose enrolment has not finished: stored before the acknowledgement, removed in
 * the enrolment's transaction, so that whatever a crash cut short is resumed. Implementations are thread-safe and
 * safe across processes: a claimed command is invisible to other resumers until its claim ends.
 */
public interface PendingCommands {

    /** A command as acknowledged. */
    record Pending(String id, ChatUserId caller, Command.Start command, Instant receivedAt) {}

    /** Stores a command, claimed by its own worker until {@code claimedUntil}. */
    void add(Pending command, Instant claimedUntil);

    /**
     * Claims up to {@code limit} commands whose claim ended by {@code now} (their worker stopped), oldest first, until
     * {@code until}.
     */
    List<Pending> claimAbandoned(Instant now, Instant until, int limit);

    /** Forgets a command: its enrolment happened or was refused. Joins the caller's transaction, if any. */
    void finish(String id);
}
