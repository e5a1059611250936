package dev.onboardingbuddy.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.app_backend.slash_commands.SlashCommandPayloadParser;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.util.SlackRequestParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlashCommandFormTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "token=x&team_id=T1&user_id=U1&command=%2Fonboarding&text=status&response_url=https%3A%2F%2Fx",
                "command=%2Fonboarding",
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
                "xcommand=%2Fonboarding&command_x=1",
                "command=&text=status",
                "text=status&command"
            })
    void anythingElseIsNot(String body) {
        assertThat(SlashCommandForm.isSlashCommand(body)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "token=x&team_id=T1&team_domain=acme&enterprise_id=E1&enterprise_name=Acme+Inc&api_app_id=A1"
                        + "&channel_id=C1&channel_name=general&user_id=U1&user_name=ada&command=%2Fonboarding"
                        + "&text=start+%3C%40U2%7Cbo%3E+2026-12-07&response_url=https%3A%2F%2Fx&trigger_id=7.8"
                        + "&is_enterprise_install=TRUE",
                "command=%2Fonboarding&text=Gr%C3%BC%C3%9Fe+%E2%9C%85&is_enterprise_install=false",
                "command=%2Fonboarding&text=a%3Db&text=second&unknown=1&=nameless&user_id=",
                "command=%2Fonboarding&&text=x&",
                "&command=%2Fonboarding&text=x==&user_id==U1&channel_id=C1=C2&team_id",
                "command=%2Fonboarding&+user_id+=U1&%0Auser_name%0A=ada&te%0Axt=x&trigger_id=%3D",
                "=&==&command=%2Fonboarding=&text==",
                "text=a+b%2Bc&command=/onboarding",
                "command=%2Fonboarding&is_enterprise_install=+True%0A",
                "command=%2Fonboarding&is_enterprise_install=yes"
            })
    void thePayloadIsTheOneBoltsParserReadsFromTheSameForm(String body) {
        assertThat(SlashCommandForm.payload(body)).isEqualTo(new SlashCommandPayloadParser().parse(body));
    }

    @Test
    void aMalformedEscapeIsRefusedAsBoltsParserRefusesIt() {
        String body = "command=%2Fonboarding&text=100%";
        assertThatThrownBy(() -> new SlashCommandPayloadParser().parse(body))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SlashCommandForm.payload(body)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRequestIsTheOneBoltsParserMakesOfTheSameSlashCommand() {
        String body = "token=x&team_id=T1&team_domain=acme&channel_id=C1&user_id=U1&user_name=ada"
                + "&command=%2Fonboarding&text=status+team+payments&api_app_id=A1&is_enterprise_install=false"
                + "&enterprise_id=E1&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2F1&trigger_id=7.8";
        RequestHeaders headers = new RequestHeaders(Map.of(
                "Content-Type", List.of("application/x-www-form-urlencoded"),
                "X-Forwarded-For", List.of("203.0.113.9")));
        Map<String, List<String>> query = Map.of("from", List.of("proxy"));
        AppConfig config = AppConfig.builder()
                .singleTeamBotToken("xoxb-test")
                .signingSecret("secret")
                .build();

        SlashCommandRequest ours = SlashCommandForm.request(body, headers, query, "127.0.0.1", config);
        Request<?> bolts = new SlackRequestParser(config)
                .parse(SlackRequestParser.HttpRequest.builder()
                        .requestUri("/slack/events")
                        .queryString(query)
                        .headers(headers)
                        .requestBody(body)
                        .remoteAddress("127.0.0.1")
                        .build());

        assertThat(bolts).isInstanceOf(SlashCommandRequest.class);
        SlashCommandRequest expected = (SlashCommandRequest) bolts;
        assertThat(ours.getRequestType()).isEqualTo(expected.getRequestType());
        assertThat(ours.getPayload()).isEqualTo(expected.getPayload());
        assertThat(ours.getRequestBodyAsString()).isEqualTo(expected.getRequestBodyAsString());
        assertThat(ours.getQueryString()).isEqualTo(expected.getQueryString());
        assertThat(ours.getClientIpAddress())
                .isEqualTo(expected.getClientIpAddress())
                .isEqualTo("203.0.113.9");
        assertThat(ours.getContext().getBotToken())
                .isEqualTo(expected.getContext().getBotToken());
        assertThat(ours.getContext().getTeamId())
                .isEqualTo(expected.getContext().getTeamId());
        assertThat(ours.getContext().getEnterpriseId())
                .isEqualTo(expected.getContext().getEnterpriseId());
        assertThat(ours.getContext().getRequestUserId())
                .isEqualTo(expected.getContext().getRequestUserId());
        assertThat(ours.getResponseUrl()).isEqualTo(expected.getResponseUrl());
        assertThat(ours.isSocketMode()).isEqualTo(expected.isSocketMode());
    }
}
