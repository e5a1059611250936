package dev.onboardingbuddy.config;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * How the bot reaches Slack.
 *
 * @param appToken an {@code xapp-} token: when present the bot connects over Socket Mode
 * @param apiUrl the Web API base ending in '/'; tests point it at a fake
 * @param admins ids of the people who may enrol anyone and see everyone, on any platform (ONBOARDING_ADMINS)
 * @param managers ids of the people who may enrol their own hires once admins are set (ONBOARDING_MANAGERS)
 * @param ackDeadline how long a request may work before Slack gets an answer anyway (Slack waits 3 s)
 * @param apiTimeout the longest one Web API call may take
 */
public record SlackSettings(
        Secret botToken,
        Secret signingSecret,
        Optional<Secret> appToken,
        String apiUrl,
        String managerChannel,
        Set<String> admins,
        Set<String> managers,
        Duration ackDeadline,
        Duration apiTimeout) {

    public SlackSettings {
        admins = Set.copyOf(admins);
        managers = Set.copyOf(managers);
    }

    /** Whether any of the settings that switch Slack on is given. */
    public boolean isWanted() {
        return botToken.isPresent() || signingSecret.isPresent() || appToken.isPresent() || !managerChannel.isBlank();
    }
}
