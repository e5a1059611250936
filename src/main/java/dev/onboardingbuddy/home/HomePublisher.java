package dev.onboardingbuddy.home;

import dev.onboardingbuddy.enrollment.Platform;
import dev.onboardingbuddy.notification.DeliveryFailure;

/**
 * Shows a person their home on a platform that has one (Slack's App Home). Implementations are thread-safe.
 */
public interface HomePublisher {

    Platform platform();

    /**
     * Replaces what the viewer's home shows.
     *
     * @throws DeliveryFailure when the platform refused or could not be reached; a rate limit carries its
     *     {@link DeliveryFailure#retryAfter()}
     */
    void publish(HomeView home);
}
