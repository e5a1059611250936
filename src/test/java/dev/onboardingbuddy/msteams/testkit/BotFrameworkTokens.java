package dev.onboardingbuddy.msteams.testkit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * {@code Authorization} header values ("Bearer …") for inbound activities, shaped like the Bot Framework's own:
 * {@code iss}, {@code aud}, {@code exp}, {@code nbf}, {@code serviceurl}, {@code appid}, RS256 with a {@code kid}. One
 * good token and one for each way a token can be bad. Times come from the test's clock. Thread-safe.
 */
public final class BotFrameworkTokens {
    public static final String ISSUER = "https://api.botframework.com";
    /** The Bot Framework's own app id, as the {@code appid} claim of real tokens carries it. */
    public static final String CONNECTOR_APP_ID = "d6d49420-f39b-4df7-a1dc-d59a935871db";

    private static final Duration LIFETIME = Duration.ofMinutes(60);

    private final FakeBotFramework fake;
    private final Clock clock;

    public BotFrameworkTokens(FakeBotFramework fake, Clock clock) {
        this.fake = fake;
        this.clock = clock;
    }

    /** What the Connector sends with an activity from {@code serviceUrl}. */
    public String valid(String serviceUrl) {
        return signed(fake.teamsKey(), claims(serviceUrl).build());
    }

    /** Good, but with the claim spelled {@code serviceUrl} as Microsoft's docs do. */
    public String validWithCamelCaseServiceUrlClaim(String serviceUrl) {
        JWTClaimsSet.Builder claims =
                claims(serviceUrl).claim("serviceurl", null).claim("serviceUrl", serviceUrl);
        return signed(fake.teamsKey(), claims.build());
    }

    /** Valid between {@code notBefore} and {@code expiresAt} (no skew added here). */
    public String validBetween(String serviceUrl, Instant notBefore, Instant expiresAt) {
        return signed(
                fake.teamsKey(),
                claims(serviceUrl)
                        .notBeforeTime(Date.from(notBefore))
                        .expirationTime(Date.from(expiresAt))
                        .build());
    }

    /** Expired ten minutes ago: beyond the five minutes' skew. */
    public String expired(String serviceUrl) {
        Instant now = clock.instant();
        return validBetween(
                serviceUrl, now.minus(LIFETIME).minus(Duration.ofMinutes(10)), now.minus(Duration.ofMinutes(10)));
    }

    /** Valid from ten minutes from now: beyond the five minutes' skew. */
    public String notYetValid(String serviceUrl) {
        Instant now = clock.instant();
        return validBetween(serviceUrl, now.plus(Duration.ofMinutes(10)), now.plus(LIFETIME));
    }

    public String wrongAudience(String serviceUrl) {
        return signed(
                fake.teamsKey(), claims(serviceUrl).audience("some-other-bot").build());
    }

    public String wrongIssuer(String serviceUrl) {
        return signed(
                fake.teamsKey(),
                claims(serviceUrl).issuer("https://sts.windows.net/evil/").build());
    }

    /** Signed by a key the JWK set does not hold (a fresh {@code kid}). */
    public String signedByUnknownKey(String serviceUrl) {
        return signed(
                FakeBotFramework.generateKey("unknown-key"), claims(serviceUrl).build());
    }

    /** {@code "alg": "none"} and an empty signature, written by hand since nimbus will not sign it. */
    public String unsigned(String serviceUrl) {
        String header =
                "{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"" + fake.teamsKey().getKeyID() + "\"}";
        String payload = claims(serviceUrl).build().toString();
        return "Bearer " + Base64URL.encode(header.getBytes(StandardCharsets.UTF_8)) + "."
                + Base64URL.encode(payload.getBytes(StandardCharsets.UTF_8)) + ".";
    }

    /** HS256 under the real key's {@code kid}: the classic algorithm-confusion attempt. */
    public String signedWithHs256(String serviceUrl) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256)
                        .type(JOSEObjectType.JWT)
                        .keyID(fake.teamsKey().getKeyID())
                        .build(),
                claims(serviceUrl).build());
        try {
            jwt.sign(new MACSigner(secret));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return "Bearer " + jwt.serialize();
    }

    /** Signed by the fake's second key, whose endorsements say {@code skype}, not {@code msteams}. */
    public String notEndorsedForTeams(String serviceUrl) {
        return signed(fake.skypeKey(), claims(serviceUrl).build());
    }

    private JWTClaimsSet.Builder claims(String serviceUrl) {
        Instant now = clock.instant();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(fake.appId())
                .notBeforeTime(Date.from(now.minusSeconds(60)))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .claim("serviceurl", serviceUrl)
                .claim("appid", CONNECTOR_APP_ID);
    }

    private static String signed(RSAKey key, JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .type(JOSEObjectType.JWT)
                        .keyID(key.getKeyID())
                        .build(),
                claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign a test token", e);
        }
        return "Bearer " + jwt.serialize();
    }
}
