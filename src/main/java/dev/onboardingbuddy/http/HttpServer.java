package dev.onboardingbuddy.http;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's only HTTP server: each chat platform's endpoint (Slack's events, Teams' activities), liveness
 * ({@code /healthz}), readiness ({@code /readyz}) and metrics. Takes the platforms' endpoints as plain Javalin
 * {@link Handler}s so this package knows nothing about Bolt or the Bot Connector. Every error leaves as
 * {@code {"error": "..."}}; an
 * uncaught exception is logged with its stack trace here and never shown to the caller.
 */
public final class HttpServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);

    private final String host;
    private final int requestedPort;
    private final List<Route> routes;
    private final Operations operations;
    private final BoundedChecks checks = new BoundedChecks(PROBE_DEADLINE);
    private Javalin javalin;
    private volatile boolean open;
    private final List<Registered> registered = new CopyOnWriteArrayList<>();

    /** Kubernetes waits one second for a probe by default; answer well inside it. */
    static final Duration PROBE_DEADLINE = Duration.ofMillis(700);

    /**
     * @param host       interface to bind, e.g. {@code 0.0.0.0} in a container or {@code 127.0.0.1} in tests
     * @param port       0 picks a free port; read it with {@link #port()} after {@link #start()}
     * @param routes     the chat platforms' endpoints
     * @param operations readiness checks for {@code GET /readyz} and the text of {@code GET /metrics}
     */
    public HttpServer(String host, int port, List<Route> routes, Operations operations) {
        this.host = host;
        this.requestedPort = port;
        this.routes = List.copyOf(routes);
        this.operations = operations;
    }

    /** An endpoint: a chat platform's ({@code POST}) or the HR system API's. */
    public record Route(HandlerType method, String path, Handler handler) {
        /** A {@code POST} endpoint, as chat platforms call. */
        public Route(String path, Handler handler) {
            this(HandlerType.POST, path, handler);
        }
    }

    /** A method and path Javalin reports as registered, so a test can hold documentation against the real routes. */
    public record Registered(String method, String path) {}

    public synchronized HttpServer start() {
        if (javalin != null) {
            throw new IllegalStateException("HTTP server already started on port " + javalin.port());
        }
        javalin = Javalin.create(config -> {
                    config.startup.showJavalinBanner = false;
                    config.jetty.host = host;
                    config.jetty.port = requestedPort;
                    config.events.handlerAdded(added ->
                            registered.add(new Registered(added.getHttpMethod().name(), added.getPath())));
                    routes.forEach(route ->
                            config.routes.addHttpHandler(route.method(), route.path(), whenOpen(route.handler())));
                    config.routes.get("/healthz", ctx -> {
                        Map<String, Boolean> results = checks.run(operations.livenessChecks());
                        boolean alive = !results.containsValue(false);
                        ctx.status(alive ? 200 : 503).json(Map.of("status", alive ? "up" : "down", "checks", results));
                    });
                    config.routes.get("/readyz", ctx -> {
                        Map<String, Boolean> results = checks.run(operations.readinessChecks());
                        boolean ready = !results.containsValue(false);
                        ctx.status(ready ? 200 : 503)
                                .json(Map.of("status", ready ? "ready" : "not ready", "checks", results));
                    });
                    config.routes.get(
                            "/metrics",
                            ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                                    .result(operations.metrics().get()));
                    config.routes.exception(Exception.class, (exception, ctx) -> {
                        LOG.error("Unhandled error on {} {}", ctx.method(), ctx.path(), exception);
                        ctx.status(500).json(Map.of("error", "internal error"));
                    });
                    config.routes.error(404, "*", ctx -> ctx.json(Map.of("error", "not found")));
                })
                .start();
        LOG.info("HTTP server listening on {}:{}", host, javalin.port());
        return this;
    }

    /**
     * Lets requests through to the platforms' and the API's endpoints. Until then they are answered 503 with
     * {@code Retry-After: 1} and {@code {"error": "starting"}}, as a server that is not listening yet would refuse
     * them, while the probes and metrics answer already: the server starts while the database is still being
     * migrated.
     */
    public HttpServer open() {
        open = true;
        return this;
    }

    private Handler whenOpen(Handler handler) {
        return ctx -> {
            if (open) {
                handler.handle(ctx);
            } else {
                ctx.status(503).header("Retry-After", "1").json(Map.of("error", "starting"));
            }
        };
    }

    /** Every endpoint Javalin registered, in order, as Javalin reports it; filled by {@link #start()}. */
    public List<Registered> registeredRoutes() {
        return List.copyOf(registered);
    }

    /** The bound port; only meaningful after {@link #start()}. */
    public synchronized int port() {
        if (javalin == null) {
            throw new IllegalStateException("HTTP server not started");
        }
        return javalin.port();
    }

    /** Stops accepting connections and lets Jetty finish in-flight requests. Safe to call twice. */
    public synchronized void stop() {
        if (javalin != null) {
            javalin.stop();
            javalin = null;
            LOG.info("HTTP server stopped");
        }
    }

    @Override
    public void close() {
        stop();
        checks.close();
    }
}
