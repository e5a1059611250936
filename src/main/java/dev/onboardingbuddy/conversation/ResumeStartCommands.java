package dev.onboardingbuddy.conversation;

import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.OutboundMessage;
import dev.onboardingbuddy.notification.Outbox;
import dev.onboardingbuddy.notification.Recipient;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finishes acknowledged {@code start} commands whose worker stopped (a crash or a kill after the acknowledgement):
 * enrols the hire and answers the person who asked in a direct message, through the outbox, once (the answer's key
 * is the command's). Run at start-up and by a recurring job; safe to run twice and on several instances at once.
 * Thread-safe.
 */
public final class ResumeStartCommands {
    private static final Logger LOG = LoggerFactory.getLogger(ResumeStartCommands.class);
    private static final int BATCH = 20;

    private final PendingCommands pending;
    private final StartOnboarding start;
    private final Outbox outbox;
    private final Runnable wakeDispatcher;
    private final Clock clock;

    public ResumeStartCommands(
            PendingCommands pending, StartOnboarding start, Outbox outbox, Runnable wakeDispatcher, Clock clock) {
        this.pending = pending;
        this.start = start;
        this.outbox = outbox;
        this.wakeDispatcher = wakeDispatcher;
        this.clock = clock;
    }

    /** @return how many commands were resumed */
    public int resumeAbandoned() {
        int resumed = 0;
        Instant now = clock.instant();
        for (PendingCommands.Pending command :
                pending.claimAbandoned(now, now.plus(StartOnboarding.WORK_CLAIM), BATCH)) {
            LOG.info(
                    "resuming the acknowledged start of {} by {} from {}",
                    command.command().hire(),
                    command.caller(),
                    command.receivedAt());
            ChatMessage answer = start.start(command);
            Instant answered = clock.instant();
            outbox.enqueue(
                    new OutboundMessage(
                            "reply:enrolment-" + command.id(),
                            new Recipient.DirectMessage(command.caller()),
                            answer,
                            answered),
                    answered);
            resumed++;
        }
        if (resumed > 0) {
            wakeDispatcher.run();
        }
        return resumed;
    }
}
