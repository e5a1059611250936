package dev.onboardingbuddy.slack.testkit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a body the way Slack does: {@code v0=} + hex(HMAC-SHA256(secret, "v0:" + ts + ":" + body)), body as UTF-8.
 * Written independently of the production check on purpose, so a shared mistake cannot make both agree.
 */
public record SlackSigner(String signingSecret) {

    public String sign(long timestampSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("v0:" + timestampSeconds + ":" + body).getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Override
    public String toString() {
        return "SlackSigner[signingSecret=<redacted>]";
    }
}
