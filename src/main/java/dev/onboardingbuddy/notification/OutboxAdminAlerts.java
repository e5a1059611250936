package dev.onboardingbuddy.notification;

import dev.onboardingbuddy.enrollment.ChatUserId;
import java.time.Clock;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs a failed delivery and tells each admin by DM, through the outbox like every other message. */
public final class OutboxAdminAlerts implements AdminAlerts {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxAdminAlerts.class);
    private final Outbox outbox;
    private final Set<ChatUserId> admins;
    private final Clock clock;

    public OutboxAdminAlerts(Outbox outbox, Set<ChatUserId> admins, Clock clock) {
        this.outbox = outbox;
        this.admins = Set.copyOf(admins);
        this.clock = clock;
    }

    @Override
    public void deliveryFailed(OutboxEntry entry, String error) {
        LOG.error(
                "gave up sending outbox entry {} ({}) to {}: {}",
                entry.id(),
                entry.message().idempotencyKey(),
                entry.message().to().address(),
                error);
        alert(
                entry,
                error,
                "It will not be retried; check the bot's log and "
                        + entry.message().to().platform().displayName() + " permissions.");
    }

    @Override
    public void recipientGone(OutboxEntry entry, String error) {
        LOG.warn(
                "holding outbox entry {} ({}) for {}, who seems to have left: {}",
                entry.id(),
                entry.message().idempotencyKey(),
                entry.message().to().address(),
                error);
        alert(
                entry,
                error,
                "It is held, not retried: the person seems to have left "
                        + entry.message().to().platform().displayName() + " or blocked the bot.");
    }

    private void alert(OutboxEntry entry, String error, String outcome) {
        if (entry.message().idempotencyKey().startsWith("alert:")) {
            return; // an alert that cannot be delivered must not raise another alert
        }
        for (ChatUserId admin : admins) {
            ChatMessage text = ChatMessage.of(Text.builder()
                    .symbol(Span.Meaning.WARNING)
                    .plain(" Onboarding Buddy could not deliver a message to "
                            + entry.message().to().address() + " ("
                            + entry.message().idempotencyKey() + "): " + error + ". " + outcome)
                    .build());
            try {
                outbox.enqueue(
                        new OutboundMessage(
                                "alert:" + entry.id() + ":" + admin.stored(),
                                new Recipient.DirectMessage(admin),
                                text,
                                clock.instant()),
                        clock.instant());
            } catch (RuntimeException e) {
                // The log line above is the record. A throw here would abort the dispatcher's batch, leaving the rest
                // of
                // it leased and their claims counted as tries, for the sake of a notification.
                LOG.error("could not queue the alert about outbox entry {} for {}", entry.id(), admin.value(), e);
            }
        }
    }
}
