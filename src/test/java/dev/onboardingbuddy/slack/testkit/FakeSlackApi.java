package dev.onboardingbuddy.slack.testkit;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A Slack Web API on 127.0.0.1 and a random port, good enough for the real SDK: point
 * {@code SlackConfig.setMethodsEndpointUrlPrefix} at {@link #url()}. It answers the methods the bot uses (see
 * {@link FakeWorkspace}), records every call, and fails on demand. Thread-safe.
 *
 * <p>The SDK caches token-to-team lookups statically: give each fake's app a unique bot token.
 */
public final class FakeSlackApi implements AutoCloseable {
    static {
        // The platform answers a call in one piece. The JDK's server writes headers and body apart, with Nagle's
        // algorithm on, and the client's delayed ACK then adds about 40 ms to every call on loopback: a latency the
        // real service does not have. Read once per JVM, when the first server is made.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Clock clock;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(64);
    private final List<RecordedCall> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<PlannedFailure>> failures = new HashMap<>();
    private final FakeWorkspace workspace;
    private volatile Duration latency = Duration.ZERO;
    /** Slack's limits on {@code chat.postMessage}, when asked for ({@link #limitPosts}); null: no limits. */
    private volatile PostLimits postLimits;
    /** The {@code chat.postMessage} calls that were carried out, in order; guarded by itself. */
    private final List<RecordedCall> posted = new ArrayList<>();

    /**
     * A planned answer instead of the normal one: an HTTP status, optionally Retry-After, or {@code ok:false}. With
     * {@code afterDoing}, the call is carried out first (the message posted) and the failure is what the caller hears;
     * with {@code stall}, the answer comes that much later, past the client's timeout.
     */
    private record PlannedFailure(
            int status, Integer retryAfterSeconds, String error, boolean afterDoing, Duration stall) {
        PlannedFailure(int status, Integer retryAfterSeconds, String error) {
            this(status, retryAfterSeconds, error, false, Duration.ZERO);
        }
    }

    public FakeSlackApi() {
        this(Clock.systemUTC());
    }

    /** Starts listening at once. */
    public FakeSlackApi(Clock clock) {
        this.clock = clock;
        this.workspace = new FakeWorkspace(clock);
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("could not open a loopback port for the fake Slack API", e);
        }
        server.createContext("/api/", this::handle);
        server.createContext("/response/", this::handleResponseUrl);
        server.setExecutor(executor);
        server.start();
    }

    /** The Web API prefix, e.g. {@code http://127.0.0.1:54321/api/} (with the trailing slash the SDK needs). */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/");
    }

    /**
     * A slash command's {@code response_url}; what the bot posts there is recorded as calls of the pseudo-method
     * {@value #RESPONSE_URL}.
     */
    public String responseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/response/" + UUID.randomUUID();
    }

    public static final String RESPONSE_URL = "response_url";

    // ---- setup ----

    /** Answers every Web API call this much later, as a Slack round trip would (the benchmark's knob). */
    public FakeSlackApi latency(Duration roundTrip) {
        this.latency = roundTrip;
        return this;
    }

    /**
     * Enforces Slack's limits on {@code chat.postMessage} from now on, as Slack does: a post over a limit is not
     * carried out and is answered with HTTP 429, {@code Retry-After} (whole seconds until the limit lets a post
     * through again, at least 1) and {@code {"ok":false,"error":"ratelimited"}}. Refused posts do not count against
     * the limits. Off by default.
     *
     * @param perChannel       at most this many posts per channel in any {@code channelWindow} (Slack: about one
     *                         message per second per channel, short bursts allowed; e.g. 3 in 3 s)
     * @param channelWindow    the per-channel window
     * @param workspacePerMinute at most this many posts into the whole workspace in any minute; 0 for no such limit
     * @param jitter           how much earlier than its window a post may come and still pass: arrival order on the
     *                         fake's side may differ from send order by a little (threads, loopback)
     */
    public FakeSlackApi limitPosts(int perChannel, Duration channelWindow, int workspacePerMinute, Duration jitter) {
        this.postLimits = new PostLimits(perChannel, channelWindow, workspacePerMinute, jitter);
        return this;
    }

    /** How many {@code chat.postMessage} calls {@link #limitPosts} refused: per channel, per workspace. */
    public long rateLimitedByChannel() {
        PostLimits limits = postLimits;
        return limits == null ? 0 : limits.refusedByChannel();
    }

    /** @see #rateLimitedByChannel() */
    public long rateLimitedByWorkspace() {
        PostLimits limits = postLimits;
        return limits == null ? 0 : limits.refusedByWorkspace();
    }

    /**
     * The {@code chat.postMessage} calls that were carried out (a message was posted), oldest first, each with the
     * instant the fake received it; refused and failed ones are left out.
     */
    public List<RecordedCall> posted() {
        synchronized (posted) {
            return List.copyOf(posted);
        }
    }

    /** How many calls of the method arrived so far; cheaper than {@link #calls(String)} for a counter. */
    public long callCount(String method) {
        return calls.stream().filter(call -> call.method().equals(method)).count();
    }

    /** Gives {@code users.info} a name and time zone for this user (default: "User U..." in Europe/Berlin). */
    public FakeSlackApi user(String userId, String realName, ZoneId timeZone) {
        workspace.putUser(userId, realName, timeZone);
        return this;
    }

    /**
     * Adds a member with a profile e-mail address, as someone joining the workspace: {@code users.lookupByEmail}
     * finds them from now on.
     */
    public FakeSlackApi user(String userId, String realName, ZoneId timeZone, String email) {
        workspace.putUser(userId, realName, timeZone, email);
        return this;
    }

    /** The user as Slack describes them in {@code users.info} and in a {@code team_join} event's {@code user}. */
    public ObjectNode userJson(String userId) {
        return workspace.userJson(userId);
    }

    /** Adds {@code count} messages without the bot's metadata to {@code channel}, as if people had written them. */
    public FakeSlackApi messagesFromOthers(String channel, int count) {
        workspace.addOthers(channel, count);
        return this;
    }

    /** The next {@code times} calls of {@code method} get HTTP {@code status} (e.g. 500) and no normal answer. */
    public void failNext(String method, int times, int status) {
        plan(method, times, new PlannedFailure(status, null, "fake_http_" + status));
    }

    /**
     * The next {@code times} calls of {@code method} are carried out (a message is posted) but answered with HTTP
     * {@code status}, as when Slack fails after doing the work.
     */
    public void doThenFailNext(String method, int times, int status) {
        plan(method, times, new PlannedFailure(status, null, "fake_http_" + status, true, Duration.ZERO));
    }

    /**
     * The next {@code times} calls of {@code method} are carried out (a message is posted) but answered only after
     * {@code stall}: a client with a shorter timeout gives up without knowing.
     */
    public void doThenStallNext(String method, int times, Duration stall) {
        plan(method, times, new PlannedFailure(200, null, null, true, stall));
    }

    /** The next {@code times} calls of {@code method} get 429 with {@code Retry-After: retryAfterSeconds}. */
    public void rateLimitNext(String method, int times, int retryAfterSeconds) {
        plan(method, times, new PlannedFailure(429, retryAfterSeconds, "ratelimited"));
    }

    /** The next {@code times} calls of {@code method} get HTTP 200 with {@code {"ok":false,"error":error}}. */
    public void errorNext(String method, int times, String error) {
        plan(method, times, new PlannedFailure(200, null, error));
    }

    private void plan(String method, int times, PlannedFailure failure) {
        synchronized (failures) {
            Deque<PlannedFailure> queue = failures.computeIfAbsent(method, m -> new ArrayDeque<>());
            for (int i = 0; i < times; i++) {
                queue.add(failure);
            }
        }
    }

    /** Forgets calls, messages, users and planned failures; the port stays. */
    public void reset() {
        calls.clear();
        synchronized (posted) {
            posted.clear();
        }
        postLimits = null;
        synchronized (failures) {
            failures.clear();
        }
        workspace.reset();
    }

    // ---- inspection ----

    public List<RecordedCall> calls() {
        return List.copyOf(calls);
    }

    public List<RecordedCall> calls(String method) {
        return calls.stream().filter(call -> call.method().equals(method)).toList();
    }

    /** Waits up to five seconds until {@code method} was called at least {@code count} times; returns those calls. */
    public List<RecordedCall> awaitCalls(String method, int count) {
        await().atMost(Duration.ofSeconds(5)).until(() -> calls(method).size() >= count);
        return calls(method);
    }

    /** Every message that was posted successfully, in any channel. */
    public List<RecordedMessage> allMessages() {
        return workspace.allMessages();
    }

    /**
     * The home tab {@code user} sees: the last view published to them with {@code views.publish} that Slack accepted,
     * with the {@code id} Slack gives it; empty before the first.
     */
    public Optional<JsonNode> homeOf(String user) {
        return Optional.ofNullable(workspace.homeOf(user));
    }

    /** Messages posted to {@code channel}, oldest first, as updated by {@code chat.update}. */
    public List<RecordedMessage> messagesTo(String channel) {
        return workspace.messagesIn(channel);
    }

    // ---- serving ----

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestURI().getPath().substring("/api/".length());
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            Map<String, String> params = parseParams(exchange.getRequestURI().getRawQuery(), contentType, body);
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            RecordedCall call = new RecordedCall(method, params, body, authorization, clock.instant());
            calls.add(call);
            boolean authed = authorization != null || params.containsKey("token");
            PlannedFailure failure = nextFailure(method);
            PostLimits limits = postLimits;
            // Slack counts a post when it arrives; a refused one takes no turn
            Long retryAfter = failure == null
                            && authed
                            && limits != null
                            && method.equals("chat.postMessage")
                            && params.get("channel") != null
                    ? limits.admit(params.get("channel"), call.at())
                    : null;
            if (!latency.isZero()) {
                stall(latency);
            }

            if (failure != null && failure.afterDoing()) {
                JsonNode done = workspace.answer(method, params);
                recordPosted(call, done);
                stall(failure.stall());
                respond(exchange, failure.status(), failure.error() == null ? done : errorBody(failure.error()));
            } else if (failure != null) {
                if (failure.retryAfterSeconds() != null) {
                    exchange.getResponseHeaders()
                            .add("Retry-After", failure.retryAfterSeconds().toString());
                }
                respond(exchange, failure.status(), errorBody(failure.error()));
            } else if (!authed) {
                respond(exchange, 200, errorBody("not_authed"));
            } else if (retryAfter != null) {
                exchange.getResponseHeaders().add("Retry-After", retryAfter.toString());
                respond(exchange, 429, errorBody("ratelimited"));
            } else {
                JsonNode answer = workspace.answer(method, params);
                recordPosted(call, answer);
                respond(exchange, 200, answer);
            }
        }
    }

    private void recordPosted(RecordedCall call, JsonNode answer) {
        if (call.method().equals("chat.postMessage") && answer.path("ok").asBoolean()) {
            synchronized (posted) {
                posted.add(call);
            }
        }
    }

    private static void stall(Duration stall) {
        try {
            Thread.sleep(stall.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handleResponseUrl(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> params = parseParams(null, "application/json", body);
            params.put("path", exchange.getRequestURI().getPath());
            calls.add(new RecordedCall(RESPONSE_URL, params, body, null, clock.instant()));
            respond(exchange, 200, JSON.createObjectNode().put("ok", true));
        }
    }

    private PlannedFailure nextFailure(String method) {
        synchronized (failures) {
            Deque<PlannedFailure> queue = failures.get(method);
            return queue == null ? null : queue.poll();
        }
    }

    static ObjectNode errorBody(String error) {
        return JSON.createObjectNode().put("ok", false).put("error", error);
    }

    private static void respond(HttpExchange exchange, int status, JsonNode json) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(json);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    /** The SDK sends most methods form-encoded and a few as JSON; both end up as flat string parameters. */
    private static Map<String, String> parseParams(String rawQuery, String contentType, String body)
            throws IOException {
        Map<String, String> params = new LinkedHashMap<>(parseForm(rawQuery));
        if (contentType != null && contentType.startsWith("application/json")) {
            JSON.readTree(body)
                    .properties()
                    .forEach(field -> params.put(
                            field.getKey(),
                            field.getValue().isTextual()
                                    ? field.getValue().asText()
                                    : field.getValue().toString()));
        } else {
            params.putAll(parseForm(body));
        }
        return params;
    }

    private static Map<String, String> parseForm(String encoded) {
        Map<String, String> params = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return params;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            params.put(
                    URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return params;
    }

    /**
     * Sliding windows of the posts that went through: per channel, and for the whole workspace. Thread-safe (one
     * lock; a few deque operations per post).
     */
    private static final class PostLimits {
        private static final Duration MINUTE = Duration.ofMinutes(1);
        private final int perChannel;
        private final Duration channelWindow;
        private final int workspacePerMinute;
        private final Duration jitter;
        private final Map<String, Deque<Instant>> byChannel = new HashMap<>();
        private final Deque<Instant> workspacePosts = new ArrayDeque<>();
        private long refusedByChannel;
        private long refusedByWorkspace;

        PostLimits(int perChannel, Duration channelWindow, int workspacePerMinute, Duration jitter) {
            if (perChannel < 1 || workspacePerMinute < 0 || jitter.compareTo(channelWindow) >= 0) {
                throw new IllegalArgumentException("at least one post per channel window, a budget of 0 (none) or"
                        + " more, and less jitter than the channel window");
            }
            this.perChannel = perChannel;
            this.channelWindow = channelWindow;
            this.workspacePerMinute = workspacePerMinute;
            this.jitter = jitter;
        }

        /** Takes a turn and returns null, or returns the Retry-After in seconds and takes nothing. */
        synchronized Long admit(String channel, Instant at) {
            Deque<Instant> recent = byChannel.computeIfAbsent(channel, c -> new ArrayDeque<>());
            Long wait = wait(recent, perChannel, channelWindow, at);
            if (wait != null) {
                refusedByChannel++;
                return wait;
            }
            if (workspacePerMinute > 0) {
                wait = wait(workspacePosts, workspacePerMinute, MINUTE, at);
                if (wait != null) {
                    refusedByWorkspace++;
                    return wait;
                }
                workspacePosts.addLast(at);
            }
            recent.addLast(at);
            return null;
        }

        /** Forgets posts out of the window; null when one more fits, else whole seconds until one does. */
        private Long wait(Deque<Instant> posts, int limit, Duration window, Instant at) {
            Duration counted = window.minus(jitter);
            while (!posts.isEmpty() && !posts.peekFirst().isAfter(at.minus(counted))) {
                posts.removeFirst();
            }
            if (posts.size() < limit) {
                return null;
            }
            Instant free = posts.stream()
                    .skip(posts.size() - limit)
                    .findFirst()
                    .orElseThrow()
                    .plus(counted);
            long millis = Duration.between(at, free).toMillis();
            return Math.max(1, (millis + 999) / 1000);
        }

        synchronized long refusedByChannel() {
            return refusedByChannel;
        }

        synchronized long refusedByWorkspace() {
            return refusedByWorkspace;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
