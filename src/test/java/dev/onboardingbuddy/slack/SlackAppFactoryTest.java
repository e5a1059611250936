package dev.onboardingbuddy.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.App;
import dev.onboardingbuddy.config.Settings;
import dev.onboardingbuddy.slack.testkit.LoopbackSlackSettings;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlackAppFactoryTest {

    @Test
    void theSettingsNeverShowTheTokenOrTheSecret() {
        Settings settings = Settings.load(
                Map.of("SLACK_BOT_TOKEN", "xoxb-very-secret", "SLACK_SIGNING_SECRET", "signing-very-secret"));

        assertThat(settings.slack().toString()).doesNotContain("very-secret").contains("https://slack.com/api/");
    }

    @Test
    void theApiUrlGetsTheTrailingSlashTheSdkNeeds() {
        Settings settings = Settings.load(Map.of("SLACK_API_URL", "http://127.0.0.1:9999/api"));

        assertThat(settings.slack().apiUrl()).isEqualTo("http://127.0.0.1:9999/api/");
    }

    @Test
    void theAppIsASingleWorkspaceAppPointedAtTheConfiguredApi() {
        App app = new SlackAppFactory(
                        LoopbackSlackSettings.of("xoxb-factory", "s", URI.create("http://127.0.0.1:1/api/")))
                .createApp();

        assertThat(app.config().isDistributedApp()).isFalse();
        assertThat(app.config().getClientId()).isNull();
        assertThat(app.config().isRequestVerificationEnabled()).isFalse();
        assertThat(app.config().isSubtypedMessageEventsAutoAckEnabled()).isTrue();
        assertThat(app.config().getSlack().getConfig().getMethodsEndpointUrlPrefix())
                .isEqualTo("http://127.0.0.1:1/api/");
    }
}
