package dev.onboardingbuddy.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Slack app manifest asks for what the bot uses and no more, and points every request at one endpoint. */
class SlackManifestTest {
    private static final JsonNode MANIFEST = read();

    private static JsonNode read() {
        try {
            return new ObjectMapper(new YAMLFactory())
                    .readTree(Path.of("config/slack-app-manifest.yaml").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    @Test
    void theOnboardingCommandEscapesMentions() {
        JsonNode command = MANIFEST.path("features").path("slash_commands").get(0);
        assertThat(command.path("command").asText()).isEqualTo("/onboarding");
        assertThat(command.path("should_escape").asBoolean()).isTrue();
        assertThat(command.path("url").asText()).endsWith("/slack/events");
    }

    @Test
    void theBotSubscribesToDmMessagesAndAppHomeOnly() {
        assertThat(texts(MANIFEST.path("settings").path("event_subscriptions").path("bot_events")))
                .containsExactlyInAnyOrder("message.im", "app_home_opened", "user_change", "team_join");
        assertThat(MANIFEST.path("settings")
                        .path("event_subscriptions")
                        .path("request_url")
                        .asText())
                .endsWith("/slack/events");
        assertThat(MANIFEST.path("settings")
                        .path("interactivity")
                        .path("is_enabled")
                        .asBoolean())
                .isTrue();
        assertThat(MANIFEST.path("settings")
                        .path("interactivity")
                        .path("request_url")
                        .asText())
                .endsWith("/slack/events");
    }

    @Test
    void theHomeTabIsOnAndItsOpeningIsAnEventTheBotReceives() {
        assertThat(MANIFEST.path("features")
                        .path("app_home")
                        .path("home_tab_enabled")
                        .asBoolean())
                .isTrue();
        assertThat(texts(MANIFEST.path("settings").path("event_subscriptions").path("bot_events")))
                .contains("app_home_opened");
    }

    @Test
    void theBotScopesAreExactlyWhatItCalls() {
        assertThat(texts(MANIFEST.path("oauth_config").path("scopes").path("bot")))
                .containsExactlyInAnyOrder(
                        "chat:write",
                        "commands",
                        "im:write",
                        "im:history",
                        "mpim:write",
                        "mpim:history",
                        "channels:history",
                        "groups:history",
                        "users:read",
                        "users:read.email");
        assertThat(MANIFEST.path("oauth_config").path("scopes").has("user")).isFalse();
    }

    @Test
    void httpModeIsTheDefaultAndSocketModeIsDocumented() throws Exception {
        assertThat(MANIFEST.path("settings").path("socket_mode_enabled").asBoolean())
                .isFalse();
        assertThat(Files.readString(Path.of("config/slack-app-manifest.yaml")))
                .contains("Socket Mode variant", "SLACK_APP_TOKEN=xapp-", "connections:write");
    }
}
