package dev.onboardingbuddy.msteams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardingbuddy.notification.DeliveryFailure;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The Bot Connector REST calls the bot makes, each with the bot's bearer token. Every failure leaves as a
 * {@link DeliveryFailure} (see {@link ConnectorCalls}); a 401 first drops the cached token and tries once more,
 * because Azure can revoke a token before it expires. Thread-safe.
 */
public final class ConnectorClient {
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConnectorTokens tokens;
    private final HttpClient http;
    private final Duration timeout;

    /** A conversation member as Teams describes it; any field but {@code id} may be null. */
    public record Member(String id, String name, String email, String userPrincipalName, String aadObjectId) {}

    /** @param tokenUrl the tenant's token endpoint, {@code https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token} */
    public ConnectorClient(URI tokenUrl, String appId, String appPassword, Clock clock, Duration timeout) {
        this(new ConnectorTokens(tokenUrl, appId, appPassword, clock, timeout), timeout);
    }

    ConnectorClient(ConnectorTokens tokens, Duration timeout) {
        this.tokens = tokens;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Opens (or finds) the 1:1 chat between the bot and {@code userId}; returns its conversation id. */
    public String createConversation(String serviceUrl, String tenantId, String botId, String userId) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("bot").put("id", botId);
        body.putArray("members").addObject().put("id", userId);
        body.putObject("channelData").putObject("tenant").put("id", tenantId);
        body.put("isGroup", false);
        body.put("tenantId", tenantId);
        String call = "createConversation";
        return requiredId(
                call,
                send(call, "POST", url(serviceUrl, "v3", "conversations"), body).body());
    }

    /** Posts {@code activity} into the conversation; returns the new activity's id (to update it later). */
    public String sendActivity(String serviceUrl, String conversationId, ObjectNode activity) {
        String call = "sendActivity";
        URI url = url(serviceUrl, "v3", "conversations", conversationId, "activities");
        return requiredId(call, send(call, "POST", url, activity).body());
    }

    /** Replaces a message the bot sent earlier, e.g. a card whose button was pressed. */
    public void updateActivity(String serviceUrl, String conversationId, String activityId, ObjectNode activity) {
        URI url = url(serviceUrl, "v3", "conversations", conversationId, "activities", activityId);
        send("updateActivity", "PUT", url, activity);
    }

    /** The member's profile, or empty when the conversation has no such member. */
    public Optional<Member> member(String serviceUrl, String conversationId, String userId) {
        URI url = url(serviceUrl, "v3", "conversations", conversationId, "members", userId);
        HttpResponse<String> response = send("member", "GET", url, null);
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        JsonNode member = parse("member", response.body());
        return Optional.of(new Member(
                text(member, "id"),
                text(member, "name"),
                text(member, "email"),
                text(member, "userPrincipalName"),
                text(member, "aadObjectId")));
    }

    /** Sends once, and once more with a fresh token after a 401; a 404 on {@code member} is returned, not thrown. */
    private HttpResponse<String> send(String call, String method, URI url, JsonNode body) {
        String token = tokens.token();
        HttpResponse<String> response = exchange(call, method, url, body, token);
        if (response.statusCode() == 401) {
            tokens.invalidate(token);
            response = exchange(call, method, url, body, tokens.token());
        }
        int status = response.statusCode();
        if (status / 100 == 2 || (status == 404 && call.equals("member"))) {
            return response;
        }
        throw ConnectorCalls.httpFailure(
                call, status, response.headers().firstValue("Retry-After").orElse(null), response.body());
    }

    private HttpResponse<String> exchange(String call, String method, URI url, JsonNode body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json; charset=utf-8")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw ConnectorCalls.unreachable(call, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DeliveryFailure.retryable(call + " was interrupted", e);
        }
    }

    /**
     * {@code serviceUrl} plus encoded segments. Conversation ids hold ':' ';' '@' and the like, so each segment is
     * percent-encoded; a service URL without its trailing slash is accepted.
     */
    static URI url(String serviceUrl, String... segments) {
        StringBuilder url = new StringBuilder(serviceUrl.endsWith("/") ? serviceUrl : serviceUrl + "/");
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                url.append('/');
            }
            url.append(URLEncoder.encode(segments[i], StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return URI.create(url.toString());
    }

    private static String requiredId(String call, String body) {
        String id = text(parse(call, body), "id");
        if (id == null || id.isBlank()) {
            throw DeliveryFailure.permanent(call + " answered without an id");
        }
        return id;
    }

    private static JsonNode parse(String call, String body) {
        try {
            return JSON.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (IOException e) {
            throw DeliveryFailure.permanent(call + " answered with unreadable JSON");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
