package dev.onboardingbuddy.msteams;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Checks that an inbound activity really comes from the Bot Framework, as Microsoft's "Authentication with the Bot
 * Connector API" asks: an RS256 JWT from a key in the published JWK set, issuer {@value #ISSUER}, audience our app id,
 * within its lifetime (5 minutes' skew, measured with the injected clock), signed by a key endorsed for the
 * activity's channel, and naming the activity's service URL. There is deliberately no way to switch any check off.
 *
 * <p>The OpenID metadata is read on first use and kept; only a failed read is retried, on the next request. The JWK
 * set is fetched and cached by nimbus (refetched, rate-limited, when a token names an unknown key, so rotations need
 * no restart). nimbus times that cache with the system clock; only token lifetimes use the injected one. Thread-safe.
 */
public final class BotFrameworkAuth {
    static final String ISSUER = "https://api.botframework.com";
    static final int CLOCK_SKEW_SECONDS = 300;
    /** Microsoft's SDKs refresh the keys about daily; unknown key ids trigger an earlier refetch anyway. */
    private static final Duration KEY_CACHE_LIFETIME = Duration.ofHours(24);

    private static final int SIZE_LIMIT_BYTES = 256 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String appId;
    private final URL openIdMetadataUrl;
    private final Clock clock;
    private final Duration httpTimeout;
    private final DefaultResourceRetriever retriever;
    private final EndorsementRecordingRetriever keyRetriever;
    private final Object metadataLock = new Object();
    private volatile DefaultJWTProcessor<SecurityContext> processor;

    /** What a verified token says; the caller trusts the activity's service URL and channel from here on. */
    public record Verified(String audience, String callerAppId, String serviceUrl, String keyId, Instant expiresAt) {}

    /** A refused request; {@link #status()} is what the HTTP layer answers, {@link #reason()} is safe to log. */
    public static final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int status;

        Rejected(int status, String reason) {
            super(reason);
            this.status = status;
        }

        public int status() {
            return status;
        }

        public String reason() {
            return getMessage();
        }
    }

    public BotFrameworkAuth(String appId, URI openIdMetadataUrl, Clock clock, Duration httpTimeout) {
        if (appId == null || appId.isBlank()) {
            throw new IllegalArgumentException("the bot's app id (the tokens' audience) is required");
        }
        this.appId = appId;
        this.openIdMetadataUrl = toUrl(openIdMetadataUrl);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.httpTimeout = Objects.requireNonNull(httpTimeout, "httpTimeout");
        int timeoutMillis = Math.toIntExact(httpTimeout.toMillis());
        this.retriever = new DefaultResourceRetriever(timeoutMillis, timeoutMillis, SIZE_LIMIT_BYTES);
        this.keyRetriever = new EndorsementRecordingRetriever(retriever);
    }

    /**
     * Verifies the {@code Authorization} header of an activity whose body says {@code activityServiceUrl} and
     * {@code channelId}.
     *
     * @throws Rejected 401 for a missing, malformed, unsigned, badly signed, expired or misaddressed token or an
     *     unknown key; 403 when the key is not endorsed for the channel or the token names another service URL; 503
     *     when the metadata or keys cannot be fetched (the Connector retries)
     */
    public Verified verify(String authorizationHeader, String activityServiceUrl, String channelId) {
        SignedJWT jwt = parseBearer(authorizationHeader);
        String keyId = jwt.getHeader().getKeyID();
        if (keyId == null) {
            throw new Rejected(401, "token names no signing key");
        }
        JWTClaimsSet claims = checkSignatureAndClaims(jwt);
        EndorsementRecordingRetriever.Endorsements endorsements =
                keyRetriever.endorsements(keyId).orElseThrow(() -> new Rejected(401, "signing key left the key set"));
        if (!endorsements.allow(channelId)) {
            throw new Rejected(403, "signing key is not endorsed for channel " + channelId);
        }
        String tokenServiceUrl = serviceUrlClaim(claims);
        if (tokenServiceUrl == null) {
            throw new Rejected(403, "token names no service URL");
        }
        if (activityServiceUrl == null
                || !withoutTrailingSlash(tokenServiceUrl).equals(withoutTrailingSlash(activityServiceUrl))) {
            throw new Rejected(403, "token was issued for another service URL");
        }
        return new Verified(
                appId,
                stringClaim(claims, "appid"),
                tokenServiceUrl,
                keyId,
                claims.getExpirationTime().toInstant());
    }

    private static SignedJWT parseBearer(String authorizationHeader) {
        if (authorizationHeader == null || authorizationHeader.isBlank()) {
            throw new Rejected(401, "no Authorization header");
        }
        String[] parts = authorizationHeader.strip().split("\\s+", 2);
        if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer")) {
            throw new Rejected(401, "Authorization is not a bearer token");
        }
        JWT jwt;
        try {
            jwt = JWTParser.parse(parts[1]);
        } catch (ParseException e) {
            throw new Rejected(401, "bearer token is not a JWT");
        }
        // An unsigned ("alg": "none") or encrypted token is never what the Connector sends.
        if (!(jwt instanceof SignedJWT signed)) {
            throw new Rejected(401, "token is not signed");
        }
        return signed;
    }

    private JWTClaimsSet checkSignatureAndClaims(SignedJWT jwt) {
        try {
            return processor().process(jwt, null);
        } catch (BadJOSEException e) {
            // nimbus' messages name the failed check ("Expired JWT", "JWT audience rejected", ...), never key material,
            // but may quote a claim the sender chose: keep them on one short line.
            throw new Rejected(401, oneShortLine(e.getMessage()));
        } catch (KeySourceException e) {
            throw new Rejected(503, "Bot Framework signing keys unavailable");
        } catch (JOSEException e) {
            throw new Rejected(401, "signature could not be checked");
        }
    }

    private DefaultJWTProcessor<SecurityContext> processor() {
        DefaultJWTProcessor<SecurityContext> ready = processor;
        if (ready != null) {
            return ready;
        }
        synchronized (metadataLock) {
            if (processor == null) {
                processor = newProcessor(jwksUri());
            }
            return processor;
        }
    }

    private URL jwksUri() {
        try {
            String metadata = retriever.retrieveResource(openIdMetadataUrl).getContent();
            String jwksUri = JSON.readTree(metadata).path("jwks_uri").asText("");
            if (jwksUri.isEmpty()) {
                throw new Rejected(503, "Bot Framework OpenID metadata names no jwks_uri");
            }
            return toUrl(URI.create(jwksUri));
        } catch (IOException | IllegalArgumentException e) {
            throw new Rejected(503, "Bot Framework OpenID metadata unavailable");
        }
    }

    private DefaultJWTProcessor<SecurityContext> newProcessor(URL jwksUri) {
        JWKSource<SecurityContext> keys = JWKSourceBuilder.<SecurityContext>create(jwksUri, keyRetriever)
                .cache(KEY_CACHE_LIFETIME.toMillis(), httpTimeout.toMillis())
                .rateLimited(true)
                .build();
        DefaultJWTProcessor<SecurityContext> built = new DefaultJWTProcessor<>();
        // RS256 only: the key selector refuses every other "alg", HS256 with the public key as secret included.
        built.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        built.setJWTClaimsSetVerifier(new ClockedClaimsVerifier(appId, ISSUER, CLOCK_SKEW_SECONDS, clock));
        return built;
    }

    /** Real tokens spell the claim {@code serviceurl}; Microsoft's docs say {@code serviceUrl}. */
    private static String serviceUrlClaim(JWTClaimsSet claims) {
        for (Map.Entry<String, Object> claim : claims.getClaims().entrySet()) {
            if (claim.getKey().equalsIgnoreCase("serviceurl") && claim.getValue() instanceof String value) {
                return value;
            }
        }
        return null;
    }

    private static String stringClaim(JWTClaimsSet claims, String name) {
        return claims.getClaim(name) instanceof String value ? value : null;
    }

    private static String oneShortLine(String text) {
        String line = text == null ? "token refused" : text.replaceAll("\\p{Cntrl}", "?");
        return line.length() > 160 ? line.substring(0, 160) + "..." : line;
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static URL toUrl(URI uri) {
        try {
            return Objects.requireNonNull(uri, "openIdMetadataUrl").toURL();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an absolute URL: " + uri, e);
        }
    }
}
