package dev.onboardingbuddy.yaml;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What loading produced: the value, and every problem found on the way.
 *
 * <p>For a single file the value is absent whenever there is a problem: a half-valid template is never used. For a
 * directory the value holds the files that loaded cleanly, and the problems name the others; start-up should still
 * refuse to run unless {@link #isValid()}.
 */
public record LoadResult<T>(Optional<T> value, List<ValidationProblem> problems) {
    public LoadResult {
        value = value == null ? Optional.empty() : value;
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty() && value.isPresent();
    }

    /** @throws IllegalArgumentException listing every problem, one per line */
    public T orElseThrow() {
        if (!isValid()) {
            throw new IllegalArgumentException(report());
        }
        return value.orElseThrow();
    }

    /** One problem per line, for logs and the CLI. */
    public String report() {
        return problems.stream().map(ValidationProblem::toString).collect(Collectors.joining("\n"));
    }
}
