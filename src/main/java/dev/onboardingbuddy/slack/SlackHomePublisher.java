package dev.onboardingbuddy.slack;

import com.slack.api.model.view.View;
import dev.onboardingbuddy.enrollment.Platform;
import dev.onboardingbuddy.home.HomePublisher;
import dev.onboardingbuddy.home.HomeView;
import dev.onboardingbuddy.notification.DeliveryFailure;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes homes as Slack's App Home tab with {@code views.publish}, through the same synchronous client
 * ({@link SlackWebApi}) as every other call: a 429 surfaces as a rate-limited {@link DeliveryFailure} with Slack's
 * {@code Retry-After}, which the refresher waits out. Thread-safe.
 */
public final class SlackHomePublisher implements HomePublisher {
    private static final Logger LOG = LoggerFactory.getLogger(SlackHomePublisher.class);

    private final SlackWebApi slack;
    private final HomeTabRenderer renderer;
    private final AtomicBoolean toldHomeTabIsOff = new AtomicBoolean();

    public SlackHomePublisher(SlackWebApi slack, HomeTabRenderer renderer) {
        this.slack = slack;
        this.renderer = renderer;
    }

    @Override
    public Platform platform() {
        return Platform.SLACK;
    }

    @Override
    public void publish(HomeView home) {
        View view = renderer.render(home);
        var response = SlackCalls.send(
                "views.publish",
                () -> slack.viewsPublish(
                        request -> request.userId(home.viewer().value()).view(view)));
        if (response.isOk()) {
            return;
        }
        if ("not_enabled".equals(response.getError())) {
            // The app's configuration, not this home: say once how to fix it rather than once per change.
            if (toldHomeTabIsOff.compareAndSet(false, true)) {
                LOG.warn(
                        "Slack says the app's Home tab is off (views.publish: not_enabled): turn on App Home -> Home Tab in "
                                + "the app's settings, or set features.app_home.home_tab_enabled: true in its manifest");
            }
            return;
        }
        throw SlackCalls.refused("views.publish", response.getError());
    }
}
