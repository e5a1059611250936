package dev.onboardingbuddy.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlashCommandFormTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "token=x&team_id=T1&user_id=U1&command=%2Fonboarding&text=status&response_url=https%3A%2F%2Fx",
                "command=%2Fonboarding",
                "command=&text=",
                "command",
                "text=command%3Dx&command=%2Fonboarding"
            })
    void aFormWithACommandFieldIsASlashCommand(String body) {
        assertThat(SlashCommandForm.isSlashCommand(body)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "payload=%7B%22type%22%3A%22block_actions%22%7D",
                "payload=%7B%7D&command=%2Fonboarding",
                "ssl_check=1&token=x&command=%2Fonboarding",
                "{\"type\":\"event_callback\",\"command=\":1}",
                "token=x&text=command%3D%2Fonboarding",
                "commands=%2Fonboarding",
                "xcommand=%2Fonboarding&command_x=1"
            })
    void anythingElseIsNot(String body) {
        assertThat(SlashCommandForm.isSlashCommand(body)).isFalse();
    }
}
