package dev.onboardingbuddy.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.bolt.App;
import dev.onboardingbuddy.slack.testkit.LoopbackSlackSettings;
import java.net.URI;
import org.junit.jupiter.api.Test;

class SlackSocketModeRunnerTest {

    private final App app = new SlackAppFactory(
                    LoopbackSlackSettings.of("xoxb-socket", "s", URI.create("http://127.0.0.1:1/api/")))
            .createApp();

    @Test
    void refusesABotTokenWhereAnAppLevelTokenBelongs() {
        assertThatThrownBy(() -> new SlackSocketModeRunner("xoxb-not-an-app-token", app, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("xapp-")
                .hasMessageNotContaining("xoxb-not-an-app-token");
    }

    @Test
    void refusesZeroListenerThreads() {
        assertThatThrownBy(() -> new SlackSocketModeRunner("xapp-1-A-1-x", app, 0))
                .hasMessageContaining("socketModeConcurrency");
    }

    @Test
    void keepsTheAppTokenOutOfToString() {
        assertThat(new SlackSocketModeRunner("xapp-1-A-1-secret", app, 4).toString())
                .doesNotContain("secret");
    }
}
