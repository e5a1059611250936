package dev.onboardingbuddy.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * What operators ask the server: readiness checks by name ({@code GET /readyz}), liveness checks by name
 * ({@code GET /healthz}: states the process cannot leave by itself, so a restart is the cure) and the metrics text
 * ({@code GET /metrics}, Prometheus format). Checks should answer from memory; {@link BoundedChecks} still cuts off
 * one that blocks, so a probe always answers within its deadline.
 */
public record Operations(
        Map<String, BooleanSupplier> readinessChecks,
        Map<String, BooleanSupplier> livenessChecks,
        Supplier<String> metrics) {
    public Operations {
        readinessChecks = Collections.unmodifiableMap(new LinkedHashMap<>(readinessChecks));
        livenessChecks = Collections.unmodifiableMap(new LinkedHashMap<>(livenessChecks));
    }
}
