package dev.onboardingbuddy.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.slack.testkit.SlackSigner;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SlackSignatureCheckTest {

    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final Instant NOW = Instant.parse("2025-03-03T09:00:00Z");

    private final SlackSignatureCheck check = new SlackSignatureCheck(SECRET, Clock.fixed(NOW, ZoneOffset.UTC));
    private final SlackSigner signer = new SlackSigner(SECRET);

    @Test
    void matchesSlacksDocumentedExample() {
        // The worked example from Slack's "Verifying requests from Slack" guide.
        String body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
                + "&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text="
                + "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
                + "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
        SlackSignatureCheck atExampleTime =
                new SlackSignatureCheck(SECRET, Clock.fixed(Instant.ofEpochSecond(1531420618), ZoneOffset.UTC));

        assertThat(atExampleTime.isValid(
                        "1531420618",
                        "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503",
                        body.getBytes(StandardCharsets.UTF_8)))
                .isTrue();
    }

    @Test
    void acceptsNonAsciiBodiesBecauseItHashesTheBytesAsReceived() {
        String body = "{\"text\":\"Grüße, 日本 ✅\"}";
        long ts = NOW.getEpochSecond();

        assertThat(check.isValid(Long.toString(ts), signer.sign(ts, body), body.getBytes(StandardCharsets.UTF_8)))
                .isTrue();
    }

    @Test
    void acceptsExactlyFiveMinutesOfSkewAndNotOneSecondMore() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        long fiveMinutesAgo = NOW.getEpochSecond() - 300;
        long tooOld = fiveMinutesAgo - 1;
        long tooNew = NOW.getEpochSecond() + 301;

        assertThat(check.isValid(Long.toString(fiveMinutesAgo), signer.sign(fiveMinutesAgo, "{}"), body))
                .isTrue();
        assertThat(check.isValid(Long.toString(tooOld), signer.sign(tooOld, "{}"), body))
                .isFalse();
        assertThat(check.isValid(Long.toString(tooNew), signer.sign(tooNew, "{}"), body))
                .isFalse();
    }

    @Test
    void rejectsAnotherSecretsSignatureAndMissingHeaders() {
        long ts = NOW.getEpochSecond();
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);

        assertThat(check.isValid(Long.toString(ts), new SlackSigner("other").sign(ts, "{}"), body))
                .isFalse();
        assertThat(check.isValid(null, signer.sign(ts, "{}"), body)).isFalse();
        assertThat(check.isValid(Long.toString(ts), null, body)).isFalse();
    }
}
