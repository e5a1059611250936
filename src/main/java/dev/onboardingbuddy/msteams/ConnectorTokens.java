package dev.onboardingbuddy.msteams;

import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import dev.onboardingbuddy.notification.DeliveryFailure;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The bot's own access token for Connector calls: an OAuth2 client-credentials grant (client_secret_post, which Azure
 * accepts) with scope {@value #SCOPE}, made by the Nimbus OAuth SDK rather than by hand. The token is reused until a
 * little before it expires. Thread-safe: callers that arrive while a fetch runs wait for it and share its token.
 *
 * <p>The app password never appears in a message, a log line or {@code toString}; failures name the token
 * endpoint's error code and HTTP status only.
 */
final class ConnectorTokens {
    static final String SCOPE = "https://api.botframework.com/.default";
    /** Renew this long before expiry, or after half the lifetime for tokens shorter than twice this. */
    static final Duration RENEW_BEFORE_EXPIRY = Duration.ofMinutes(5);
    /** A token endpoint that names no lifetime gets this one; Azure always sends {@code expires_in}. */
    private static final Duration ASSUMED_LIFETIME = Duration.ofMinutes(10);

    private final URI tokenUrl;
    private final ClientSecretPost credentials;
    private final Clock clock;
    private final int timeoutMillis;
    private Cached cached;

    private record Cached(String value, Instant renewAt) {}

    ConnectorTokens(URI tokenUrl, String appId, String appPassword, Clock clock, Duration timeout) {
        if (appId == null || appId.isBlank() || appPassword == null || appPassword.isBlank()) {
            throw new IllegalArgumentException("the bot's app id and app password are required");
        }
        this.tokenUrl = tokenUrl;
        this.credentials = new ClientSecretPost(new ClientID(appId), new Secret(appPassword));
        this.clock = clock;
        this.timeoutMillis = Math.toIntExact(timeout.toMillis());
    }

    /** A token valid for a while yet, fetched when none is cached. */
    synchronized String token() {
        Instant now = clock.instant();
        if (cached == null || !now.isBefore(cached.renewAt())) {
            cached = fetch(now);
        }
        return cached.value();
    }

    /** Forgets {@code rejected} (the Connector answered 401 to it) unless a newer token already replaced it. */
    synchronized void invalidate(String rejected) {
        if (cached != null && cached.value().equals(rejected)) {
            cached = null;
        }
    }

    private Cached fetch(Instant now) {
        TokenRequest request = new TokenRequest(tokenUrl, credentials, new ClientCredentialsGrant(), new Scope(SCOPE));
        HTTPRequest http = request.toHTTPRequest();
        http.setConnectTimeout(timeoutMillis);
        http.setReadTimeout(timeoutMillis);
        HTTPResponse answer;
        try {
            answer = http.send();
        } catch (IOException e) {
            throw DeliveryFailure.retryable(
                    "Bot Framework token request could not reach the token endpoint: "
                            + e.getClass().getSimpleName(),
                    e);
        }
        TokenResponse response;
        try {
            response = TokenResponse.parse(answer);
        } catch (ParseException e) {
            throw failure(answer, "unreadable answer");
        }
        if (!response.indicatesSuccess()) {
            ErrorObject error = response.toErrorResponse().getErrorObject();
            throw failure(answer, error.getCode());
        }
        AccessToken token = ((AccessTokenResponse) response).getTokens().getAccessToken();
        Duration lifetime = token.getLifetime() > 0 ? Duration.ofSeconds(token.getLifetime()) : ASSUMED_LIFETIME;
        Duration margin =
                lifetime.dividedBy(2).compareTo(RENEW_BEFORE_EXPIRY) < 0 ? lifetime.dividedBy(2) : RENEW_BEFORE_EXPIRY;
        return new Cached(token.getValue(), now.plus(lifetime).minus(margin));
    }

    private static DeliveryFailure failure(HTTPResponse answer, String code) {
        int status = answer.getStatusCode();
        if (status == 429) {
            return DeliveryFailure.rateLimited(ConnectorCalls.retryAfter(answer.getHeaderValue("Retry-After")));
        }
        String message = "Bot Framework token request failed: HTTP " + status + " (" + code + ")";
        if (status >= 500 || status == 408) {
            return DeliveryFailure.retryable(message, null);
        }
        // invalid_client / unauthorized_client: the app id or password is wrong or expired; asking again cannot help.
        return DeliveryFailure.permanent(message + "; check the Microsoft app id and password");
    }

    @Override
    public String toString() {
        return "ConnectorTokens[" + tokenUrl + ", app " + credentials.getClientID() + "]";
    }
}
