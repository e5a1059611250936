package dev.onboardingbuddy.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * What operators ask the server: readiness checks by name ({@code GET /readyz}) and the metrics text
 * ({@code GET /metrics}, Prometheus format).
 */
public record Operations(Map<String, BooleanSupplier> readinessChecks, Supplier<String> metrics) {
  public Operations {
    readinessChecks = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(readinessChecks));
  }

  /** Only a health check: ready as soon as the server runs, no metrics. */
  public static Operations none() {
    return new Operations(Map.of(), () -> "");
  }

  Map<String, Boolean> check() {
    Map<String, Boolean> results = new LinkedHashMap<>();
    readinessChecks.forEach((name, check) -> {
      boolean ok;
      try {
        ok = check.getAsBoolean();
      } catch (RuntimeException e) {
        ok = false;
      }
      results.put(name, ok);
    });
    return results;
  }
}
