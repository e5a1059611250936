package dev.onboardingbuddy.hrapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onboardingbuddy.config.ApiSettings;
import dev.onboardingbuddy.enrollment.ApiClient;
import dev.onboardingbuddy.enrollment.ChatIds;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Contact;
import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.enrollment.HireRequest;
import dev.onboardingbuddy.enrollment.HireSearch;
import dev.onboardingbuddy.enrollment.HireStatus;
import dev.onboardingbuddy.enrollment.InvalidHireRequest;
import dev.onboardingbuddy.enrollment.People;
import dev.onboardingbuddy.enrollment.Platform;
import dev.onboardingbuddy.http.HttpServer;
import dev.onboardingbuddy.programme.ManageHireRecords;
import dev.onboardingbuddy.programme.RegisterHire;
import dev.onboardingbuddy.progress.ExportCompletions;
import dev.onboardingbuddy.progress.HireRecords;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The HR system API under {@value #BASE}: hires in and out, their changes, and completions as JSON or CSV, described
 * by {@code /api/v1/openapi.json} (a test holds that document against these routes). Every route but the document
 * needs a key; see {@link ApiCalls}. Thread-safe.
 */
public final class HrApi {
    public static final String BASE = "/api/v1";
    static final String OPENAPI = "/hrapi/openapi.json";
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 200;

    private final ApiCalls calls;
    private final RegisterHire register;
    private final ManageHireRecords manage;
    private final HireRecords records;
    private final ExportCompletions completions;
    private final Map<Platform, People> people;
    private final ObjectMapper json = new ObjectMapper();
    private final HireJson hireJson = new HireJson(json);
    private final String openApi = resource(OPENAPI);

    /** @param people one entry per platform this installation serves, to find a manager filter's address */
    public HrApi(
            ApiKeys keys,
            IdempotencyRecords idempotency,
            ApiSettings settings,
            RegisterHire register,
            ManageHireRecords manage,
            HireRecords records,
            ExportCompletions completions,
            Map<Platform, People> people,
            Clock clock) {
        this.calls = new ApiCalls(keys, new RateLimits(settings, clock), idempotency, json, clock);
        this.register = register;
        this.manage = manage;
        this.records = records;
        this.completions = completions;
        this.people = Map.copyOf(people);
    }

    public List<HttpServer.Route> routes() {
        return List.of(
                new HttpServer.Route(
                        HandlerType.GET,
                        BASE + "/openapi.json",
                        calls.open(ctx -> new ApiCalls.Answer(200, "application/json", openApi, Map.of()))),
                route(HandlerType.POST, "/hires", this::create),
                route(HandlerType.GET, "/hires", this::list),
                route(
                        HandlerType.GET,
                        "/hires/{id}",
                        (client, ctx) -> ok(hireJson.report(records.report(id(ctx))
                                .orElseThrow(() -> ApiError.of(404, "no hire has the id " + ctx.pathParam("id")))))),
                route(HandlerType.PATCH, "/hires/{id}", this::change),
                route(HandlerType.POST, "/hires/{id}/pause", (client, ctx) -> {
                    manage.pause(client, id(ctx));
                    return current(id(ctx));
                }),
                route(HandlerType.POST, "/hires/{id}/resume", (client, ctx) -> {
                    manage.resume(client, id(ctx));
                    return current(id(ctx));
                }),
                route(HandlerType.POST, "/hires/{id}/cancel", (client, ctx) -> {
                    manage.cancel(client, id(ctx));
                    return current(id(ctx));
                }),
                route(HandlerType.GET, "/completions", this::completions));
    }

    private HttpServer.Route route(
            HandlerType method, String path, BiFunction<ApiClient, Context, ApiCalls.Answer> call) {
        return new HttpServer.Route(method, BASE + path, calls.authenticated(call::apply));
    }

    private ApiCalls.Answer create(ApiClient client, Context ctx) {
        HireFields fields = HireFields.of(object(ctx));
        HireRequest request = fields.request().orElseThrow(() -> ApiError.invalid(fields.problems()));
        RegisterHire.Registration registration;
        try {
            registration = register.register(client, request);
        } catch (InvalidHireRequest invalid) {
            throw ApiError.invalid(fields.withCore(invalid.problems()));
        }
        HireId id = registration.record().id();
        return new ApiCalls.Answer(
                201,
                "application/json",
                calls.write(hireJson.hire(records.find(id).orElseThrow())),
                Map.of("Location", BASE + "/hires/" + id.value()));
    }

    private ApiCalls.Answer list(ApiClient client, Context ctx) {
        Map<String, String> problems = new LinkedHashMap<>();
        String status = Optional.ofNullable(ctx.queryParam("status"))
                .map(s -> s.toLowerCase(Locale.ROOT))
                .orElse("");
        Optional<HireStatus> hireStatus = Optional.empty();
        if (!status.isEmpty() && !status.equals(HireRecords.EXPECTED)) {
            try {
                hireStatus = Optional.of(HireStatus.valueOf(status.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.put(
                        "status",
                        "'" + status + "' is not a status; use expected, active, paused, cancelled or " + "completed");
            }
        }
        int offset = number(ctx, "offset", 0, 0, Integer.MAX_VALUE, problems);
        int limit = number(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT, problems);
        Optional<String> managerParam =
                Optional.ofNullable(ctx.queryParam("manager")).filter(m -> !m.isBlank());
        Optional<ChatUserId> manager =
                managerParam.flatMap(value -> ChatIds.person(value).or(() -> byEmail(value)));
        if (!problems.isEmpty()) {
            throw ApiError.invalid(problems);
        }
        if (managerParam.isPresent() && manager.isEmpty()) {
            return ok(hireJson.page(new HireRecords.Page(List.of(), 0), offset, limit));
        }
        HireSearch search = new HireSearch(
                hireStatus,
                Optional.ofNullable(ctx.queryParam("team")).filter(t -> !t.isBlank()),
                manager,
                Optional.ofNullable(ctx.queryParam("template")).filter(t -> !t.isBlank()),
                offset,
                limit);
        return ok(hireJson.page(records.list(search, status.equals(HireRecords.EXPECTED)), offset, limit));
    }

    private ApiCalls.Answer change(ApiClient client, Context ctx) {
        JsonNode body = object(ctx);
        Map<String, String> problems = new LinkedHashMap<>();
        Set<String> known = Set.of("start_date", "manager_email", "manager_id");
        body.properties().forEach(field -> {
            if (!known.contains(field.getKey())) {
                problems.put(
                        field.getKey(), "unknown field; a hire's start_date, manager_email or manager_id can change");
            } else if (!field.getValue().isTextual()) {
                problems.put(field.getKey(), "must be a string");
            }
        });
        Optional<LocalDate> start = text(body, "start_date").flatMap(value -> {
            try {
                return Optional.of(LocalDate.parse(value));
            } catch (DateTimeException e) {
                problems.put("start_date", "'" + value + "' is not a date; write it as YYYY-MM-DD, such as 2026-12-07");
                return Optional.empty();
            }
        });
        Optional<ChatUserId> managerId = text(body, "manager_id").flatMap(value -> {
            Optional<ChatUserId> parsed = ChatIds.person(value);
            if (parsed.isEmpty()) {
                problems.put("manager_id", "'" + value + "' is not a chat user id");
            }
            return parsed;
        });
        Optional<String> managerEmail = text(body, "manager_email");
        if (problems.isEmpty() && start.isEmpty() && managerId.isEmpty() && managerEmail.isEmpty()) {
            problems.put("start_date", "give start_date, manager_email or manager_id to change");
        }
        if (!problems.isEmpty()) {
            throw ApiError.invalid(problems);
        }
        Optional<Contact> manager = managerId.isPresent() || managerEmail.isPresent()
                ? Optional.of(new Contact(managerId, managerEmail))
                : Optional.empty();
        try {
            manage.change(client, id(ctx), start, manager);
        } catch (InvalidHireRequest invalid) {
            Map<String, String> fields = new LinkedHashMap<>();
            invalid.problems()
                    .forEach(problem ->
                            fields.put(managerId.isPresent() ? "manager_id" : "manager_email", problem.message()));
            throw ApiError.invalid(fields);
        }
        return current(id(ctx));
    }

    private ApiCalls.Answer completions(ApiClient client, Context ctx) {
        String since = Optional.ofNullable(ctx.queryParam("since")).orElse("");
        Instant from = instant(since)
                .orElseThrow(() -> ApiError.invalid(Map.of(
                        "since",
                        since.isBlank()
                                ? "required: a date (2026-12-01) or an instant (2026-12-01T09:00:00Z)"
                                : "'" + since
                                        + "' is neither a date (2026-12-01) nor an instant (2026-12-01T09:00:00Z)")));
        var found = completions.since(from);
        String accept = Optional.ofNullable(ctx.header("Accept")).orElse("");
        if (accept.contains("text/csv")) {
            return new ApiCalls.Answer(200, "text/csv; charset=utf-8", CompletionsFormat.csv(found), Map.of());
        }
        return ok(hireJson.completions(found));
    }

    /** A date means its start in UTC; an instant as given. */
    static Optional<Instant> instant(String text) {
        try {
            return Optional.of(
                    text.contains("T")
                            ? Instant.parse(text)
                            : LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private ApiCalls.Answer current(HireId id) {
        return ok(hireJson.hire(
                records.find(id).orElseThrow(() -> ApiError.of(404, "no hire has the id " + id.value()))));
    }

    private ApiCalls.Answer ok(Object body) {
        return ApiCalls.Answer.json(200, calls.write(body));
    }

    private Optional<ChatUserId> byEmail(String email) {
        return people.values().stream()
                .map(platform -> platform.findByEmail(email))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static HireId id(Context ctx) {
        return new HireId(ctx.pathParam("id"));
    }

    private JsonNode object(Context ctx) {
        JsonNode body;
        try {
            body = json.readTree(ctx.bodyAsBytes());
        } catch (JsonProcessingException malformed) {
            throw ApiError.of(400, "the body is not JSON: " + malformed.getOriginalMessage());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        if (body == null || !body.isObject()) {
            throw ApiError.of(400, "the body must be a JSON object");
        }
        return body;
    }

    private static Optional<String> text(JsonNode body, String field) {
        return Optional.of(body.path(field))
                .filter(JsonNode::isTextual)
                .map(JsonNode::asText)
                .map(String::strip)
                .filter(value -> !value.isEmpty());
    }

    private static int number(Context ctx, String name, int fallback, int min, int max, Map<String, String> problems) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.put(name, "'" + value + "' is not a whole number from " + min + " to " + max);
        return fallback;
    }

    private static String resource(String path) {
        try (InputStream in = HrApi.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
