package dev.onboardingbuddy.config;

import java.time.Duration;
import java.util.Optional;

/**
 * How the bot reaches Slack.
 *
 * @param appToken an {@code xapp-} token: when present the bot connects over Socket Mode
 * @param apiUrl the Web API base ending in '/'; tests point it at a fake
 * @param ackDeadline how long a request may work before Slack gets an answer anyway (Slack waits 3 s)
 * @param apiTimeout the longest one Web API call may take
 */
public record SlackSettings(
        Secret botToken,
        Secret signingSecret,
        Optional<Secret> appToken,
        String apiUrl,
        String managerChannel,
        Duration ackDeadline,
        Duration apiTimeout) {

    /** Whether any of the settings that switch Slack on is given. */
    public boolean isWanted() {
        return botToken.isPresent() || signingSecret.isPresent() || appToken.isPresent() || !managerChannel.isBlank();
    }
}
