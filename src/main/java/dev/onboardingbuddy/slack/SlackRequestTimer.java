package dev.onboardingbuddy.slack;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Times every request to the Slack endpoint by kind (event, command, interactive) and status, so a slow listener
 * shows before Slack's three-second limit is hit.
 */
public final class SlackRequestTimer implements Handler {
    private final Handler delegate;
    private final MeterRegistry registry;
    /** By kind and status: building a meter's id on every request showed in profiles of the acknowledgement path. */
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    public SlackRequestTimer(Handler delegate, MeterRegistry registry) {
        this.delegate = delegate;
        this.registry = registry;
    }

    @Override
    public void handle(Context context) throws Exception {
        long start = System.nanoTime();
        try {
            delegate.handle(context);
        } finally {
            timer(kind(context), context.statusCode()).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    private Timer timer(String kind, int status) {
        return timers.computeIfAbsent(
                kind + " " + status,
                key -> Timer.builder("onboarding.slack.requests")
                        .description("Slack requests, from receipt to acknowledgement")
                        .tag("type", kind)
                        .tag("status", Integer.toString(status))
                        .publishPercentileHistogram()
                        .register(registry));
    }

    /** Decided from the content type and the first form field, without parsing the body again. */
    static String kind(Context context) {
        String type = String.valueOf(context.contentType());
        if (type.startsWith("application/json")) {
            return "event";
        }
        byte[] raw = context.attribute(JavalinBoltBridge.RAW_BODY);
        // the form's field names are ASCII: a byte-for-char decoding is enough to find them
        String body = raw == null ? context.body() : new String(raw, StandardCharsets.ISO_8859_1);
        if (body.startsWith("payload=") || body.contains("&payload=")) {
            return "interactive";
        }
        return body.contains("command=") ? "command" : "other";
    }
}
