package dev.onboardingbuddy.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.User;
import com.slack.api.model.event.UserChangeEvent;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.programme.NoticeDepartures;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code user_change} with {@code deleted: true}: someone was deactivated in Slack. Acknowledged at once; what follows
 * (pause, notices) runs after the ack and is safe to repeat, so a retried event changes nothing more.
 */
final class UserChangeListener implements BoltEventHandler<UserChangeEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(UserChangeListener.class);
    private final NoticeDepartures departures;
    private final Executor background;

    UserChangeListener(NoticeDepartures departures, Executor background) {
        this.departures = departures;
        this.background = background;
    }

    @Override
    public Response apply(EventsApiPayload<UserChangeEvent> payload, EventContext context) {
        User user = payload.getEvent() == null ? null : payload.getEvent().getUser();
        if (user != null && user.isDeleted() && user.getId() != null) {
            ChatUserId person = ChatUserId.slack(user.getId());
            background.execute(() -> {
                try {
                    departures.left(person, "was deactivated in Slack");
                } catch (RuntimeException e) {
                    LOG.error("could not act on the deactivation of {}", person.stored(), e);
                }
            });
        }
        return context.ack();
    }
}
