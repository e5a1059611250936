package dev.onboardingbuddy.slack;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's v0 request signature, computed over the raw body bytes so the result never depends on the JVM default
 * charset: {@code v0=} + hex(HMAC-SHA256(secret, "v0:" + timestamp + ":" + body)). Thread-safe: each call works on a
 * clone of one keyed Mac, because looking the algorithm up and keying it anew was a visible part of every request.
 */
final class SlackSignatureCheck {

    static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    private final Mac keyed;
    private final Clock clock;

    SlackSignatureCheck(String signingSecret, Clock clock) {
        try {
            this.keyed = Mac.getInstance("HmacSHA256");
            keyed.init(new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", impossible);
        }
        this.clock = clock;
    }

    /** True only if both headers are present, the timestamp is within five minutes of now and the HMAC matches. */
    boolean isValid(String timestampHeader, String signatureHeader, byte[] rawBody) {
        if (timestampHeader == null || signatureHeader == null) {
            return false;
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(timestampHeader.trim());
        } catch (NumberFormatException notANumber) {
            return false;
        }
        long skewSeconds = Math.abs(clock.instant().getEpochSecond() - timestamp);
        if (skewSeconds > MAX_CLOCK_SKEW.toSeconds()) {
            return false; // a replay of an old, validly signed request
        }
        byte[] expected = sign(timestamp, rawBody).getBytes(StandardCharsets.US_ASCII);
        // Constant-time comparison: a byte-by-byte early exit would leak how much of a forgery was right.
        return MessageDigest.isEqual(expected, signatureHeader.trim().getBytes(StandardCharsets.UTF_8));
    }

    String sign(long timestamp, byte[] rawBody) {
        try {
            Mac mac = (Mac) keyed.clone();
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.US_ASCII));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(rawBody));
        } catch (CloneNotSupportedException impossible) {
            throw new IllegalStateException("the JDK's HmacSHA256 can be cloned", impossible);
        }
    }
}
