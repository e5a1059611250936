package dev.onboardingbuddy.hrapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onboardingbuddy.enrollment.ApiClient;
import dev.onboardingbuddy.enrollment.EnrollmentRefused;
import dev.onboardingbuddy.enrollment.Refusal;
import dev.onboardingbuddy.persistence.DatabaseUnavailable;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every API call goes through, in this order: the bearer key (401 unknown, 403 revoked), the key's rate limit
 * (429 with Retry-After), the {@code Idempotency-Key} (a retry is answered as the first request was), the handler,
 * and one translation of every failure into the API's JSON error shape. A stack trace goes to the log, never into a
 * response. Each call leaves one access-log line naming the key. Thread-safe.
 */
final class ApiCalls {
    private static final Logger LOG = LoggerFactory.getLogger(ApiCalls.class);
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** A handler's answer, before it is written, so that it can be stored for a retry. */
    record Answer(int status, String contentType, String body, Map<String, String> headers) {
        static Answer json(int status, String body) {
            return new Answer(status, "application/json", body, Map.of());
        }
    }

    @FunctionalInterface
    interface Call {
        Answer handle(ApiClient client, Context ctx);
    }

    private final ApiKeys keys;
    private final RateLimits limits;
    private final IdempotencyRecords idempotency;
    private final ObjectMapper json;
    private final Clock clock;

    ApiCalls(ApiKeys keys, RateLimits limits, IdempotencyRecords idempotency, ObjectMapper json, Clock clock) {
        this.keys = keys;
        this.limits = limits;
        this.idempotency = idempotency;
        this.json = json;
        this.clock = clock;
    }

    Handler authenticated(Call call) {
        return ctx -> {
            Optional<ApiClient> client = Optional.empty();
            Answer answer;
            try {
                client = Optional.of(authenticate(ctx));
                Optional<Duration> wait = limits.take(client.get().keyName());
                if (wait.isPresent()) {
                    throw ApiError.tooManyRequests(wait.get());
                }
                answer = idempotent(client.get(), ctx, call);
            } catch (RuntimeException failed) {
                answer = translated(failed, ctx);
            }
            write(ctx, answer);
            LOG.info(
                    "API {} {} by key {}: {}",
                    ctx.method(),
                    ctx.path(),
                    client.map(ApiClient::keyName).orElse("(none)"),
                    answer.status());
        };
    }

    /** A handler that needs no key, such as the API's own description. */
    Handler open(Function<Context, Answer> call) {
        return ctx -> {
            Answer answer;
            try {
                answer = call.apply(ctx);
            } catch (RuntimeException failed) {
                answer = translated(failed, ctx);
            }
            write(ctx, answer);
        };
    }

    private ApiClient authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null
                || !header.regionMatches(true, 0, "Bearer ", 0, 7)
                || header.substring(7).isBlank()) {
            throw ApiError.of(
                    401, "send an API key as 'Authorization: Bearer <key>'; create one with `api-key create NAME`");
        }
        String hash = ApiKeySecrets.hash(header.substring(7).strip());
        ApiKeys.StoredKey key = keys.findByHash(hash)
                .filter(found -> ApiKeySecrets.sameHash(found.keyHash(), hash))
                .orElseThrow(() -> ApiError.of(401, "unknown API key"));
        if (key.revokedAt().isPresent()) {
            throw ApiError.of(403, "this API key was revoked; create a new one with `api-key create NAME`");
        }
        return new ApiClient(key.name());
    }

    private Answer idempotent(ApiClient client, Context ctx, Call call) {
        String key = ctx.header(IDEMPOTENCY_KEY);
        if (key == null || ctx.method().name().equals("GET")) {
            return call.handle(client, ctx);
        }
        if (key.isBlank() || key.length() > 200) {
            throw ApiError.invalid(Map.of(IDEMPOTENCY_KEY, "must have 1 to 200 characters"));
        }
        String requestHash = HexFormat.of()
                .formatHex(ApiKeySecrets.sha256(
                        (ctx.method().name() + " " + ctx.path() + "\n" + ctx.body()).getBytes(StandardCharsets.UTF_8)));
        Optional<IdempotencyRecords.Answer> stored = idempotency.find(client.keyName(), key);
        if (stored.isPresent()) {
            return replayed(stored.get(), requestHash);
        }
        Answer answer;
        try {
            answer = call.handle(client, ctx);
        } catch (RuntimeException failed) {
            answer = translated(failed, ctx);
        }
        // A server-side failure is not an answer to keep: the retry should get another chance.
        if (answer.status() < 500
                && !idempotency.save(
                        client.keyName(),
                        key,
                        new IdempotencyRecords.Answer(requestHash, answer.status(), answer.body()),
                        clock.instant())) {
            return replayed(idempotency.find(client.keyName(), key).orElseThrow(), requestHash);
        }
        return answer;
    }

    private static Answer replayed(IdempotencyRecords.Answer stored, String requestHash) {
        if (!stored.requestHash().equals(requestHash)) {
            throw ApiError.of(422, "this Idempotency-Key was used for a different request; use a new key per request");
        }
        return new Answer(stored.status(), "application/json", stored.body(), Map.of("Idempotent-Replayed", "true"));
    }

    private Answer translated(RuntimeException failed, Context ctx) {
        ApiError error;
        if (failed instanceof ApiError api) {
            error = api;
        } else if (failed instanceof EnrollmentRefused refused) {
            error = refusal(refused.reason());
        } else if (DatabaseUnavailable.isCause(failed)) {
            LOG.warn("API {} {} while the database is unavailable: {}", ctx.method(), ctx.path(), failed.toString());
            error = ApiError.of(503, "the database is unavailable; nothing was changed; try again");
        } else {
            LOG.error("API {} {} failed", ctx.method(), ctx.path(), failed);
            error = ApiError.of(500, "internal error; nothing is known to have changed; see the bot's log");
        }
        Map<String, String> headers = error.retryAfter()
                .map(wait -> Map.of("Retry-After", Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000))))
                .orElse(Map.of());
        if (error.status() == 401) {
            headers = Map.of("WWW-Authenticate", "Bearer");
        }
        return new Answer(error.status(), "application/json", write(error.body()), headers);
    }

    /** The API's status and words for each refusal; no refusal about permissions can reach it, as keys act as admins. */
    static ApiError refusal(Refusal reason) {
        if (reason instanceof Refusal.AlreadyEnrolled r) {
            return ApiError.of(409, r.hire().value() + " is already enrolled");
        } else if (reason instanceof Refusal.AlreadyExpected r) {
            return ApiError.of(
                    409,
                    r.who() + " is already expected as hire " + r.existing().value());
        } else if (reason instanceof Refusal.UnknownHire r) {
            return ApiError.of(404, "no hire has the id " + r.id().value());
        } else if (reason instanceof Refusal.NotOpen r) {
            return ApiError.of(409, "the hire " + r.id().value() + " is " + r.state());
        } else if (reason instanceof Refusal.NotActive) {
            return ApiError.of(409, "the hire is not active, so there is nothing to pause");
        } else if (reason instanceof Refusal.NotPaused) {
            return ApiError.of(409, "the hire is not paused");
        } else if (reason instanceof Refusal.UnknownTemplate r) {
            return ApiError.invalid(Map.of(
                    "template", "unknown template '" + r.id() + "'; choose one of: " + String.join(", ", r.choices())));
        } else if (reason instanceof Refusal.UnknownChoice r) {
            return ApiError.of(400, r.problem());
        } else if (reason instanceof Refusal.MixedPlatforms r) {
            return ApiError.of(
                    400,
                    r.person().value() + " is on " + r.person().platform().displayName()
                            + ", not on the hire's platform");
        } else if (reason instanceof Refusal.TemplateGone || reason instanceof Refusal.ChecklistGone) {
            return ApiError.of(409, "the hire's checklist is no longer configured; an operator must restore it");
        }
        return ApiError.of(403, "not allowed");
    }

    private static void write(Context ctx, Answer answer) {
        answer.headers().forEach(ctx::header);
        ctx.status(answer.status()).contentType(answer.contentType()).result(answer.body());
    }

    String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
