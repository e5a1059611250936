package dev.onboardingbuddy.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.User;
import com.slack.api.model.event.TeamJoinEvent;
import dev.onboardingbuddy.conversation.WelcomeNewcomers;
import dev.onboardingbuddy.enrollment.ChatUserId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code team_join}: someone joined the workspace. Acknowledged at once; enrolling an expected hire or offering the
 * newcomer to the admins runs after the ack and is safe to repeat (a retried event finds them enrolled, and the
 * offer's outbox key is sent once). The profile's e-mail is there only with the {@code users:read.email} scope.
 */
final class TeamJoinListener implements BoltEventHandler<TeamJoinEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(TeamJoinListener.class);
    private final WelcomeNewcomers newcomers;
    private final Executor background;

    TeamJoinListener(WelcomeNewcomers newcomers, Executor background) {
        this.newcomers = newcomers;
        this.background = background;
    }

    @Override
    public Response apply(EventsApiPayload<TeamJoinEvent> payload, EventContext context) {
        User user = payload.getEvent() == null ? null : payload.getEvent().getUser();
        if (user != null && user.getId() != null && !user.isBot() && !user.isDeleted()) {
            ChatUserId person = ChatUserId.slack(user.getId());
            List<String> emails = Optional.ofNullable(user.getProfile()).map(User.Profile::getEmail).stream()
                    .toList();
            background.execute(() -> {
                try {
                    newcomers.arrived(person, emails);
                } catch (RuntimeException e) {
                    LOG.error("could not welcome {}, who joined the workspace", person.stored(), e);
                }
            });
        }
        return context.ack();
    }
}
