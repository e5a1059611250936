package dev.onboardingbuddy.msteams.testkit;

import static dev.onboardingbuddy.msteams.testkit.FakeHttp.JSON;
import static dev.onboardingbuddy.msteams.testkit.FakeHttp.connectorError;
import static dev.onboardingbuddy.msteams.testkit.FakeHttp.parseForm;
import static dev.onboardingbuddy.msteams.testkit.FakeHttp.respond;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Bot Framework on 127.0.0.1 and a random port: OpenID metadata, a JWK set, the token endpoint and the Connector
 * REST API under {@code /connector/}. It checks what the real one checks (client credentials and scope at the token
 * endpoint, a bearer token it issued on every Connector call), records what the bot sends, and fails on demand.
 * Thread-safe.
 *
 * <p>Call names for {@link #failNext}: {@value #METADATA}, {@value #KEYS}, {@value #TOKEN}, {@value #CREATE_CONVERSATION},
 * {@value #SEND_ACTIVITY}, {@value #UPDATE_ACTIVITY}, {@value #MEMBER}; anything starting with '/' is a path prefix.
 */
public final class FakeBotFramework implements AutoCloseable {
    static {
        // The platform answers a call in one piece. The JDK's server writes headers and body apart, with Nagle's
        // algorithm on, and the client's delayed ACK then adds about 40 ms to every call on loopback: a latency the
        // real service does not have. Read once per JVM, when the first server is made.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    public static final String METADATA = "metadata";
    public static final String KEYS = "keys";
    public static final String TOKEN = "token";
    public static final String CREATE_CONVERSATION = "createConversation";
    public static final String SEND_ACTIVITY = "sendActivity";
    public static final String UPDATE_ACTIVITY = "updateActivity";
    public static final String MEMBER = "member";
    public static final String SCOPE = "https://api.botframework.com/.default";

    private static final String METADATA_PATH = "/v1/.well-known/openidconfiguration";
    private static final String TOKEN_PATH = "/botframework.com/oauth2/v2.0/token";

    private final HttpServer server;
    private final FakeConnector connector = new FakeConnector();
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final String appId = UUID.randomUUID().toString();
    private final String appPassword = "fake-password-" + UUID.randomUUID();
    private final RSAKey teamsKey = generateKey("fake-teams-key");
    private final RSAKey skypeKey = generateKey("fake-skype-key");
    private final Set<String> issuedTokens = ConcurrentHashMap.newKeySet();
    private final List<String> issuedInOrder = new CopyOnWriteArrayList<>();
    private final List<PlannedFailure> plannedFailures = new ArrayList<>();
    private final AtomicInteger metadataFetches = new AtomicInteger();
    private final AtomicInteger keyFetches = new AtomicInteger();
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private volatile Duration tokenLifetime = Duration.ofHours(1);

    private record PlannedFailure(String target, int status, Integer retryAfterSeconds) {}

    /** Starts listening at once. */
    public FakeBotFramework() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("could not open a loopback port for the fake Bot Framework", e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    // ---- addresses and credentials ----

    /** {@code http://127.0.0.1:port/}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    public URI openIdMetadataUrl() {
        return URI.create(url() + METADATA_PATH.substring(1));
    }

    public URI tokenUrl() {
        return URI.create(url() + TOKEN_PATH.substring(1));
    }

    /** The Connector's service URL, with the trailing slash Teams sends. */
    public String serviceUrl() {
        return url() + "connector/";
    }

    public String appId() {
        return appId;
    }

    public String appPassword() {
        return appPassword;
    }

    /** Mints inbound-activity tokens signed with this fake's keys, timed by {@code clock}. */
    public BotFrameworkTokens tokens(Clock clock) {
        return new BotFrameworkTokens(this, clock);
    }

    RSAKey teamsKey() {
        return teamsKey;
    }

    RSAKey skypeKey() {
        return skypeKey;
    }

    // ---- setup ----

    /** How long issued access tokens last ({@code expires_in}); one hour by default. */
    public FakeBotFramework tokenLifetime(Duration lifetime) {
        this.tokenLifetime = lifetime;
        return this;
    }

    /** A member the {@code member} call knows, in every conversation. */
    public FakeBotFramework member(
            String userId, String name, String email, String userPrincipalName, String aadObjectId) {
        connector.member(userId, name, email, userPrincipalName, aadObjectId);
        return this;
    }

    /** This user has not installed (or has blocked) the app: opening a chat with them answers 403. */
    public FakeBotFramework hasNotInstalledTheApp(String userId) {
        connector.hasNotInstalledTheApp(userId);
        return this;
    }

    /** Every access token issued so far stops working, as when Azure revokes them. */
    public void revokeAccessTokens() {
        issuedTokens.clear();
    }

    /**
     * The next request to {@code target} (a call name or a path prefix) gets {@code status} with a Bot Framework error
     * body, and {@code Retry-After} when given. Planned failures queue up in order.
     */
    public void failNext(String target, int status, Integer retryAfterSeconds) {
        synchronized (plannedFailures) {
            plannedFailures.add(new PlannedFailure(target, status, retryAfterSeconds));
        }
    }

    // ---- inspection ----

    public List<RecordedActivity> activities() {
        return connector.activities();
    }

    public List<RecordedActivity> activitiesTo(String conversationId) {
        return connector.activities().stream()
                .filter(activity -> activity.conversationId().equals(conversationId))
                .toList();
    }

    /** The bodies of successful and refused create-conversation calls, in order. */
    public List<JsonNode> conversationRequests() {
        return connector.conversationRequests();
    }

    /** The conversation id the fake handed out for the 1:1 chat with {@code userId}, if any. */
    public String conversationWith(String userId) {
        return connector.conversationWith(userId);
    }

    /** Every access token issued, oldest first (to prove none leaks into a message). */
    public List<String> issuedAccessTokens() {
        return List.copyOf(issuedInOrder);
    }

    public int metadataFetches() {
        return metadataFetches.get();
    }

    public int keyFetches() {
        return keyFetches.get();
    }

    public int tokenRequests() {
        return tokenRequests.get();
    }

    // ---- serving ----

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            String method = exchange.getRequestMethod();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            List<String> segments = connectorSegments(path);
            String call = callName(method, path, segments);
            countFetch(call);
            PlannedFailure failure = nextFailure(call, path);
            if (failure != null) {
                if (failure.retryAfterSeconds() != null) {
                    exchange.getResponseHeaders()
                            .add("Retry-After", failure.retryAfterSeconds().toString());
                }
                respond(exchange, failure.status(), connectorError(codeFor(failure.status()), "planned failure"));
                return;
            }
            switch (call) {
                case METADATA -> respond(exchange, 200, metadata());
                case KEYS -> respond(exchange, 200, keySet());
                case TOKEN -> token(exchange, body);
                case "unknown" -> respond(exchange, 404, connectorError("NotFound", "no such endpoint"));
                default -> connector(exchange, call, segments, body);
            }
        }
    }

    private void connector(HttpExchange exchange, String call, List<String> segments, String body) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null
                || !authorization.startsWith("Bearer ")
                || !issuedTokens.contains(authorization.substring("Bearer ".length()))) {
            respond(exchange, 401, connectorError("Unauthorized", "Authorization has been denied for this request."));
            return;
        }
        connector.answer(exchange, call, segments, body);
    }

    private void token(HttpExchange exchange, String body) throws IOException {
        Map<String, String> form = parseForm(body);
        String basic = exchange.getRequestHeaders().getFirst("Authorization");
        if (basic != null && basic.startsWith("Basic ")) {
            String[] pair =
                    new String(Base64.getDecoder().decode(basic.substring(6)), StandardCharsets.UTF_8).split(":", 2);
            form.put("client_id", URLDecoder.decode(pair[0], StandardCharsets.UTF_8));
            form.put("client_secret", pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : "");
        }
        if (!"client_credentials".equals(form.get("grant_type"))) {
            respond(exchange, 400, oauthError("unsupported_grant_type"));
        } else if (!appId.equals(form.get("client_id")) || !appPassword.equals(form.get("client_secret"))) {
            respond(exchange, 401, oauthError("invalid_client"));
        } else if (!SCOPE.equals(form.get("scope"))) {
            respond(exchange, 400, oauthError("invalid_scope"));
        } else {
            String token = "fake-access-token-" + UUID.randomUUID();
            issuedTokens.add(token);
            issuedInOrder.add(token);
            long seconds = tokenLifetime.toSeconds();
            respond(
                    exchange,
                    200,
                    JSON.createObjectNode()
                            .put("token_type", "Bearer")
                            .put("expires_in", seconds)
                            .put("ext_expires_in", seconds)
                            .put("access_token", token));
        }
    }

    private ObjectNode metadata() {
        ObjectNode metadata = JSON.createObjectNode()
                .put("issuer", "https://api.botframework.com")
                .put("authorization_endpoint", "https://invalid.botframework.com")
                .put("jwks_uri", url() + "keys");
        metadata.putArray("id_token_signing_alg_values_supported").add("RS256");
        metadata.putArray("token_endpoint_auth_methods_supported").add("private_key_jwt");
        return metadata;
    }

    private ObjectNode keySet() {
        ObjectNode set = JSON.createObjectNode();
        ArrayNode keys = set.putArray("keys");
        keys.add(publicKey(teamsKey, "msteams"));
        keys.add(publicKey(skypeKey, "skype"));
        return set;
    }

    private static ObjectNode publicKey(RSAKey key, String endorsement) {
        ObjectNode json = JSON.valueToTree(key.toPublicJWK().toJSONObject());
        json.put("use", "sig");
        json.putArray("endorsements").add(endorsement);
        return json;
    }

    private static String callName(String method, String path, List<String> segments) {
        if (path.equals(METADATA_PATH)) {
            return METADATA;
        } else if (path.equals("/keys")) {
            return KEYS;
        } else if (path.equals(TOKEN_PATH) && method.equals("POST")) {
            return TOKEN;
        } else if (segments == null
                || segments.size() < 2
                || !segments.get(0).equals("v3")
                || !segments.get(1).equals("conversations")) {
            return "unknown";
        }
        int size = segments.size();
        if (size == 2 && method.equals("POST")) {
            return CREATE_CONVERSATION;
        } else if (size == 4 && segments.get(3).equals("activities") && method.equals("POST")) {
            return SEND_ACTIVITY;
        } else if (size == 5 && segments.get(3).equals("activities") && method.equals("PUT")) {
            return UPDATE_ACTIVITY;
        } else if (size == 5 && segments.get(3).equals("members") && method.equals("GET")) {
            return MEMBER;
        }
        return "unknown";
    }

    /** Decoded segments after {@code /connector/}, split before decoding so that encoded ids stay whole. */
    private static List<String> connectorSegments(String rawPath) {
        if (!rawPath.startsWith("/connector/")) {
            return null;
        }
        List<String> segments = new ArrayList<>();
        for (String raw : rawPath.substring("/connector/".length()).split("/")) {
            segments.add(URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8));
        }
        return segments;
    }

    private void countFetch(String call) {
        switch (call) {
            case METADATA -> metadataFetches.incrementAndGet();
            case KEYS -> keyFetches.incrementAndGet();
            case TOKEN -> tokenRequests.incrementAndGet();
            default -> {}
        }
    }

    private PlannedFailure nextFailure(String call, String path) {
        synchronized (plannedFailures) {
            Iterator<PlannedFailure> planned = plannedFailures.iterator();
            while (planned.hasNext()) {
                PlannedFailure failure = planned.next();
                if (failure.target().equals(call)
                        || (failure.target().startsWith("/") && path.startsWith(failure.target()))) {
                    planned.remove();
                    return failure;
                }
            }
            return null;
        }
    }

    private static String codeFor(int status) {
        return switch (status) {
            case 400 -> "BadArgument";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "NotFound";
            case 412 -> "PreconditionFailed";
            case 429 -> "TooManyRequests";
            default -> "ServiceError";
        };
    }

    private static ObjectNode oauthError(String error) {
        return JSON.createObjectNode().put("error", error).put("error_description", "fake: " + error);
    }

    static RSAKey generateKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not generate an RSA key", e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
