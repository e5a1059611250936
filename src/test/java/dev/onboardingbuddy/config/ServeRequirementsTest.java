package dev.onboardingbuddy.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** `serve` runs with Slack, Teams or both, each complete, and says what is missing otherwise. */
class ServeRequirementsTest {
    private static final Map<String, String> SLACK =
            Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s", "MANAGER_CHANNEL", "C0MANAGERS");
    private static final Map<String, String> TEAMS = Map.of(
            "MSTEAMS_APP_ID",
            "app",
            "MSTEAMS_APP_PASSWORD",
            "pw",
            "MSTEAMS_TENANT_ID",
            "tenant",
            "MSTEAMS_MANAGER_CHANNEL",
            "19:abc@thread.tacv2");

    private static Settings load(Map<String, String> first, Map<String, String> second) {
        Map<String, String> env = new HashMap<>(first);
        env.putAll(second);
        return Settings.load(env);
    }

    @Test
    void teamsAloneIsEnoughAndServesNoSlack() {
        Settings settings = load(TEAMS, Map.of()).requireServe();
        assertThat(settings.servesMsTeams()).isTrue();
        assertThat(settings.servesSlack()).isFalse();
        assertThat(settings.msteams().tokenUrl())
                .isEqualTo("https://login.microsoftonline.com/tenant/oauth2/v2.0/token");
    }

    @Test
    void slackAloneIsEnoughAndServesNoTeams() {
        Settings settings = load(SLACK, Map.of()).requireServe();
        assertThat(settings.servesSlack()).isTrue();
        assertThat(settings.servesMsTeams()).isFalse();
    }

    @Test
    void bothTogetherServeBoth() {
        Settings settings = load(SLACK, TEAMS).requireServe();
        assertThat(settings.servesSlack()).isTrue();
        assertThat(settings.servesMsTeams()).isTrue();
    }

    @Test
    void neitherNamesWhatIsMissingOfBoth() {
        assertThatThrownBy(() -> load(Map.of(), Map.of()).requireServe())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("neither Slack nor Microsoft Teams")
                .hasMessageContaining("SLACK_BOT_TOKEN")
                .hasMessageContaining("MSTEAMS_APP_ID");
    }

    @Test
    void aHalfConfiguredTeamsNamesItsMissingSettingsEvenBesideACompleteSlack() {
        assertThatThrownBy(() -> load(SLACK, Map.of("MSTEAMS_APP_ID", "app")).requireServe())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("MSTEAMS_APP_PASSWORD")
                .hasMessageContaining("MSTEAMS_TENANT_ID")
                .hasMessageContaining("MSTEAMS_MANAGER_CHANNEL")
                .hasMessageNotContaining("SLACK_BOT_TOKEN");
    }

    @Test
    void aTeamsManagerChannelThatIsNotATeamsChannelIsRefused() {
        Map<String, String> teams = new HashMap<>(TEAMS);
        teams.put("MSTEAMS_MANAGER_CHANNEL", "C0SLACKCHANNEL");
        assertThatThrownBy(() -> load(teams, Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("MSTEAMS_MANAGER_CHANNEL");
    }

    @Test
    void adminsMayBeSlackTeamsOrEntraIdsAndAnythingElseIsRefused() {
        Settings settings =
                load(TEAMS, Map.of("ONBOARDING_ADMINS", "U0ADMIN,29:1AbCdEf,6d1f2f7e-3c4b-4d5a-9e8f-0a1b2c3d4e5f"));
        assertThat(settings.admins()).hasSize(3);
        assertThatThrownBy(() -> load(TEAMS, Map.of("ONBOARDING_ADMINS", "bob@example.com")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("bob@example.com");
    }
}
