package dev.onboardingbuddy.programme;

import dev.onboardingbuddy.notification.AdminAlerts;
import dev.onboardingbuddy.notification.OutboxEntry;
import dev.onboardingbuddy.notification.Recipient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Admin alerts that also act on departures: a message held because the person it was for has left starts what
 * {@link NoticeDepartures} does (pause a departed hire, report a departed manager's hires). Other failures go to the
 * plain alerts. Thread-safe.
 */
public final class DepartureAlerts implements AdminAlerts {
    private static final Logger LOG = LoggerFactory.getLogger(DepartureAlerts.class);

    private final AdminAlerts alerts;
    private final NoticeDepartures departures;

    public DepartureAlerts(AdminAlerts alerts, NoticeDepartures departures) {
        this.alerts = alerts;
        this.departures = departures;
    }

    @Override
    public void deliveryFailed(OutboxEntry entry, String error) {
        alerts.deliveryFailed(entry, error);
    }

    @Override
    public void recipientGone(OutboxEntry entry, String error) {
        alerts.recipientGone(entry, error); // which message, and what the platform said
        if (!(entry.message().to() instanceof Recipient.DirectMessage direct)) {
            return; // a group: which of its people left is not said
        }
        try {
            departures.left(direct.user(), "cannot be messaged any more (" + error + ")");
        } catch (RuntimeException e) {
            // the held message stays held; a throw here would abort the dispatcher's batch for a notification
            LOG.error("could not act on the departure of {}", direct.user().stored(), e);
        }
    }
}
