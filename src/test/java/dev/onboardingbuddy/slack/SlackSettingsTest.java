package dev.onboardingbuddy.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.bolt.App;
import java.net.URI;
import org.junit.jupiter.api.Test;

class SlackSettingsTest {

    @Test
    void toStringNeverShowsTheTokenOrTheSecret() {
        SlackSettings settings = new SlackSettings("xoxb-very-secret", "signing-very-secret");

        assertThat(settings.toString()).doesNotContain("very-secret").contains("https://slack.com/api/");
    }

    @Test
    void addsTheTrailingSlashTheSdkNeeds() {
        SlackSettings settings = new SlackSettings("xoxb-1", "s", URI.create("http://127.0.0.1:9999/api"));

        assertThat(settings.apiUrl()).hasToString("http://127.0.0.1:9999/api/");
    }

    @Test
    void aMissingSecretIsReportedByItsSettingName() {
        assertThatThrownBy(() -> new SlackSettings("xoxb-1", " ")).hasMessageContaining("slack.signingSecret");
        assertThatThrownBy(() -> new SlackSettings(null, "s")).hasMessageContaining("slack.botToken");
    }

    @Test
    void theAppIsASingleWorkspaceAppPointedAtTheConfiguredApi() {
        App app = new SlackAppFactory(new SlackSettings("xoxb-factory", "s", URI.create("http://127.0.0.1:1/api/")))
                .createApp();

        assertThat(app.config().isDistributedApp()).isFalse();
        assertThat(app.config().getClientId()).isNull();
        assertThat(app.config().isRequestVerificationEnabled()).isFalse();
        assertThat(app.config().isSubtypedMessageEventsAutoAckEnabled()).isTrue();
        assertThat(app.config().getSlack().getConfig().getMethodsEndpointUrlPrefix())
                .isEqualTo("http://127.0.0.1:1/api/");
    }
}
