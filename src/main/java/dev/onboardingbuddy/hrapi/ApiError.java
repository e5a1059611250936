package dev.onboardingbuddy.hrapi;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An answer other than success, with the one JSON shape every API error has: {@code {"error": "...", "fields":
 * {"name": "problem", ...}}}, {@code fields} only for bad input. Thrown by handlers, rendered by {@link ApiCalls}.
 */
final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final transient Map<String, String> fields;
    private final transient Optional<Duration> retryAfter;

    private ApiError(int status, String message, Map<String, String> fields, Optional<Duration> retryAfter) {
        super(message, null, false, false);
        this.status = status;
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        this.retryAfter = retryAfter;
    }

    static ApiError of(int status, String message) {
        return new ApiError(status, message, Map.of(), Optional.empty());
    }

    /** 400 naming each bad field, in the order given. */
    static ApiError invalid(Map<String, String> fields) {
        return new ApiError(
                400,
                "invalid request: " + fields.size() + " field(s) need fixing",
                new LinkedHashMap<>(fields),
                Optional.empty());
    }

    static ApiError tooManyRequests(Duration wait) {
        return new ApiError(429, "rate limit reached for this API key; retry later", Map.of(), Optional.of(wait));
    }

    int status() {
        return status;
    }

    /** The JSON body; bad fields in the order they were found. */
    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", getMessage());
        if (!fields.isEmpty()) {
            body.put("fields", fields);
        }
        return body;
    }

    Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
