package dev.onboardingbuddy.slack;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.servlet.MaxRequestSize;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Javalin handler for {@code POST /slack/events}: verifies Slack's signature, hands the request to Bolt, copies Bolt's
 * response back. Modelled on bolt-micronaut's {@code SlackAppMicronautAdapter}.
 *
 * <p>Why verification lives here and not in Bolt's {@code RequestVerification} middleware: Bolt only ever sees the body
 * as a String and re-encodes it with the JVM default charset, which is ASCII under a POSIX locale on JDK 17, so any
 * "Grüße" fails. Here we still hold the bytes exactly as received, so the HMAC runs over them, with the injected
 * {@link Clock}, and a forged request is rejected before Bolt parses a single byte. {@link SlackAppFactory} turns
 * Bolt's own check off. Bolt runs under {@link AckDeadline}, so Slack is answered in time even when the database is
 * unavailable or slow. Thread-safe: Bolt's App and the parser are shared read-only.
 */
public final class JavalinBoltBridge implements Handler, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JavalinBoltBridge.class);

    /** The request's body as received, for what runs after this handler ({@link SlackRequestTimer}). */
    static final String RAW_BODY = "onboarding-buddy.slack-body";

    private final SlackSignatureCheck signatureCheck;
    private final AppConfig appConfig;
    private final SlackRequestParser parser;
    private final AckDeadline ackDeadline;

    /** Slack waits three seconds for an answer; leave room for the network. */
    public static final Duration DEFAULT_ACK_DEADLINE = Duration.ofMillis(2500);

    /** @param ackDeadline how long Bolt may work before Slack gets an answer anyway (see {@link AckDeadline}) */
    public JavalinBoltBridge(App app, String signingSecret, Clock clock, Duration ackDeadline) {
        this(app, signingSecret, clock, ackDeadline, InlineAnswers.none());
    }

    /** @param inline what is answered on the request thread, without Bolt (see {@link InlineAnswers}) */
    public JavalinBoltBridge(App app, String signingSecret, Clock clock, Duration ackDeadline, InlineAnswers inline) {
        this.signatureCheck = new SlackSignatureCheck(signingSecret, clock);
        this.appConfig = app.config();
        this.parser = new SlackRequestParser(app.config());
        this.ackDeadline = new AckDeadline(app, ackDeadline, inline);
    }

    @Override
    public void handle(Context ctx) throws Exception {
        byte[] rawBody = body(ctx);
        ctx.attribute(RAW_BODY, rawBody);
        if (!signatureCheck.isValid(
                ctx.header(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP),
                ctx.header(SlackSignature.HeaderNames.X_SLACK_SIGNATURE),
                rawBody)) {
            LOG.warn("Rejected a request to {} from {}: missing, stale or wrong Slack signature", ctx.path(), ctx.ip());
            ctx.status(401).json(Map.of("error", "invalid Slack signature"));
            return;
        }
        Request<?> slackRequest;
        try {
            slackRequest = parse(ctx, new String(rawBody, StandardCharsets.UTF_8));
        } catch (RuntimeException malformed) { // Gson's JsonParseException, IllegalStateException on a non-object
            LOG.warn("Rejected a signed but malformed Slack payload: {}", malformed.toString());
            ctx.status(400).json(Map.of("error", "malformed Slack payload"));
            return;
        }
        if (slackRequest == null) {
            ctx.status(400).json(Map.of("error", "unsupported Slack payload"));
            return;
        }
        write(ackDeadline.run(slackRequest), ctx);
    }

    private Request<?> parse(Context ctx, String body) {
        RequestHeaders headers = new RequestHeaders(headersOf(ctx));
        if (!SlashCommandForm.isSlashCommand(body)) {
            return parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(ctx.path())
                    .queryString(ctx.queryParamMap())
                    .headers(headers)
                    .requestBody(body)
                    .remoteAddress(ctx.ip())
                    .build());
        }
        return SlashCommandForm.request(body, headers, ctx.queryParamMap(), ctx.ip(), appConfig);
    }

    @Override
    public void close() {
        ackDeadline.close();
    }

    /**
     * The body as received. With a Content-Length (Slack always sends one) it is read into an array of exactly that
     * size: Javalin's own reading copies through a growing buffer, which was an eighth of what a {@code status}
     * request allocated. A body without one, or larger than Javalin allows, goes through Javalin (which refuses it).
     */
    private static byte[] body(Context ctx) throws IOException {
        long length = ctx.req().getContentLengthLong();
        if (length < 0 || length > ctx.appData(MaxRequestSize.INSTANCE.getMaxRequestSizeKey())) {
            return ctx.bodyAsBytes();
        }
        return ctx.req().getInputStream().readNBytes((int) length);
    }

    /**
     * Every header with all its values, names that differ only in case merged; Bolt's RequestHeaders copies them
     * into a map of its own with lower-case names, so no further copy is needed here.
     */
    private static Map<String, List<String>> headersOf(Context ctx) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : Collections.list(ctx.req().getHeaderNames())) {
            headers.put(name, Collections.list(ctx.req().getHeaders(name)));
        }
        return headers;
    }

    /** The last body written and its bytes (see {@link #bytesOf}). */
    private record Encoded(String body, byte[] bytes) {}

    private volatile Encoded lastEncoded = new Encoded("", new byte[0]);

    /**
     * The body as UTF-8. An answer from a status snapshot is the very same String again and again (see
     * {@link InlineAnswers}); it holds "·" and emoji, so encoding it went through UTF-16 twice over: a tenth of what
     * such a request allocated. Compared by identity, so any other body is encoded as usual.
     */
    private byte[] bytesOf(String body) {
        Encoded last = lastEncoded;
        if (last.body() == body) {
            return last.bytes();
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        lastEncoded = new Encoded(body, bytes);
        return bytes;
    }

    private void write(Response response, Context ctx) throws IOException {
        ctx.status(response.getStatusCode() == null ? 200 : response.getStatusCode());
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, values) -> {
                if (!"content-type".equalsIgnoreCase(name) && !"content-length".equalsIgnoreCase(name)) {
                    values.forEach(value -> ctx.res().addHeader(name, value));
                }
            });
        }
        if (response.getContentType() != null) {
            ctx.contentType(response.getContentType());
        }
        // written here rather than through ctx.result, which Javalin copies through a fresh 8 KB buffer per response
        byte[] body = response.getBody() == null ? new byte[0] : bytesOf(response.getBody());
        ctx.res().setContentLength(body.length);
        ctx.res().getOutputStream().write(body);
    }
}
