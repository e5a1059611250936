package dev.onboardingbuddy.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppHomeOpenedEvent;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.home.HomeRefresher;

/**
 * {@code app_home_opened}: the person looks at the app, so their home is published anew, after the ack. Slack sends
 * the same event for the Messages tab, which has nothing to publish.
 */
final class HomeOpenedListener implements BoltEventHandler<AppHomeOpenedEvent> {
    static final String HOME_TAB = "home";

    private final HomeRefresher homes;

    HomeOpenedListener(HomeRefresher homes) {
        this.homes = homes;
    }

    @Override
    public Response apply(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext context) {
        AppHomeOpenedEvent event = payload.getEvent();
        if (event != null && event.getUser() != null && HOME_TAB.equals(event.getTab())) {
            homes.opened(ChatUserId.slack(event.getUser()));
        }
        return context.ack();
    }
}
