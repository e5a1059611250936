package dev.onboardingbuddy.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import dev.onboardingbuddy.config.SlackSettings;

/**
 * Builds Bolt's {@link App} from the validated {@link SlackSettings} only: nothing is read from the environment.
 *
 * <p>{@code AppConfig}'s builder defaults call {@code System.getenv}: a stray {@code SLACK_CLIENT_ID} plus
 * {@code SLACK_CLIENT_SECRET} would turn this single-workspace bot into an OAuth app (java-slack-sdk #1113), so every
 * env-backed field is set explicitly.
 *
 * <p>Bolt's own request verification is switched off: it hashes the body with the JVM default charset (ASCII under a
 * POSIX locale) and reads the system clock. {@link JavalinBoltBridge} verifies the raw bytes instead, and Socket Mode
 * needs no signature. The returned App must therefore only be fed by those two.
 */
public final class SlackAppFactory {

    private final SlackSettings settings;

    /** @param settings validated once when the configuration is read; its API timeout bounds every Web API call */
    public SlackAppFactory(SlackSettings settings) {
        this.settings = settings;
    }

    /** A new, not yet started App. {@code app.start()} calls {@code auth.test} and fails fast on a bad token. */
    public App createApp() {
        SlackConfig slackConfig = new SlackConfig();
        slackConfig.setMethodsEndpointUrlPrefix(settings.apiUrl());
        // The SDK's HTTP client otherwise allows 10 s to connect plus 10 s per read: bound every call as a whole.
        int timeoutMillis = (int) settings.apiTimeout().toMillis();
        slackConfig.setHttpClientCallTimeoutMillis(timeoutMillis);
        slackConfig.setHttpClientReadTimeoutMillis(timeoutMillis);
        slackConfig.setHttpClientWriteTimeoutMillis(timeoutMillis);
        // Rate-limit metrics (a datastore, worker threads) serve only the SDK's async client; the outbox paces sends.
        slackConfig.setStatsEnabled(false);
        AppConfig config = AppConfig.builder()
                .slack(Slack.getInstance(slackConfig))
                .singleTeamBotToken(settings.botToken().value())
                .signingSecret(settings.signingSecret().value())
                .verificationToken(null)
                .clientId(null)
                .clientSecret(null)
                .redirectUri(null)
                .scope(null)
                .userScope(null)
                .oauthCancellationUrl(null)
                .oauthCompletionUrl(null)
                .requestVerificationEnabled(false)
                // message_changed and friends would otherwise get a 404 from Bolt, and Slack retries those.
                .subtypedMessageEventsAutoAckEnabled(true)
                .build();
        return new App(config);
    }
}
