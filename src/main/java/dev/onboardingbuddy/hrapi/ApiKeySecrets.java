package dev.onboardingbuddy.hrapi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Makes and hashes API key secrets. A secret is 32 random bytes, so an attacker cannot guess it and a fast hash
 * (SHA-256) is the right one: a slow password hash protects low-entropy secrets and would only slow every call down.
 * Thread-safe.
 */
public final class ApiKeySecrets {
    /** Says what the secret is when it turns up in a log or a paste, and lets secret scanners find it. */
    static final String PREFIX = "obk_";

    private final SecureRandom random = new SecureRandom();

    /** A new secret; show it once, store only {@link #hash} of it. */
    public String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The hex SHA-256 of the secret as sent. */
    public static String hash(String secret) {
        return HexFormat.of().formatHex(sha256(secret.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Whether two hex hashes are equal, in time independent of where they differ. The database finds the row by the
     * hash (an index look-up); this second comparison keeps the decision itself free of timing.
     */
    static boolean sameHash(String expected, String actual) {
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), actual.getBytes(StandardCharsets.US_ASCII));
    }

    static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
