package dev.onboardingbuddy.slack.testkit;

import dev.onboardingbuddy.config.Secret;
import dev.onboardingbuddy.config.SlackSettings;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Slack settings for an adapter pointed at a fake Slack: a token, a signing secret and the fake's Web API prefix. */
public final class LoopbackSlackSettings {
    private LoopbackSlackSettings() {}

    public static SlackSettings of(String botToken, String signingSecret, URI apiUrl) {
        String prefix = apiUrl.toString().endsWith("/") ? apiUrl.toString() : apiUrl + "/";
        return new SlackSettings(
                new Secret(botToken),
                new Secret(signingSecret),
                Optional.empty(),
                prefix,
                "C0MANAGERS",
                Duration.ofMillis(2500),
                Duration.ofMillis(2500));
    }
}
