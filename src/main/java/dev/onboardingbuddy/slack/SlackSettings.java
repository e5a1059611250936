package dev.onboardingbuddy.slack;

import java.net.URI;

/**
 * What the Slack adapter needs to talk to one workspace over HTTP. Immutable; validated on construction so a bad
 * setting fails at start-up with a message naming it. Secrets never appear in {@link #toString()}.
 *
 * @param botToken      the bot token ({@code xoxb-...}) Bolt uses for Web API calls and its start-up {@code auth.test}
 * @param signingSecret the app's signing secret, used to verify every request Slack sends to {@code /slack/events}
 * @param apiUrl        Web API prefix with a trailing slash; {@code https://slack.com/api/} in production, a fake in tests
 */
public record SlackSettings(String botToken, String signingSecret, URI apiUrl) {

    public static final URI DEFAULT_API_URL = URI.create("https://slack.com/api/");

    public SlackSettings {
        if (botToken == null || botToken.isBlank()) {
            throw new IllegalArgumentException("slack.botToken is missing: set it to the app's xoxb- bot token");
        }
        if (signingSecret == null || signingSecret.isBlank()) {
            throw new IllegalArgumentException(
                    "slack.signingSecret is missing: copy it from the app's Basic Information page");
        }
        apiUrl = apiUrl == null ? DEFAULT_API_URL : apiUrl;
        if (!apiUrl.toString().endsWith("/")) {
            // The SDK concatenates prefix + method name: without the slash "api" + "auth.test" is a 404.
            apiUrl = URI.create(apiUrl + "/");
        }
    }

    public SlackSettings(String botToken, String signingSecret) {
        this(botToken, signingSecret, DEFAULT_API_URL);
    }

    @Override
    public String toString() {
        return "SlackSettings[botToken=<redacted>, signingSecret=<redacted>, apiUrl=" + apiUrl + "]";
    }
}
