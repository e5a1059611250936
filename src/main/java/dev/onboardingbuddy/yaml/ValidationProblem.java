package dev.onboardingbuddy.yaml;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing wrong in a configuration file, worded for the person who edits it.
 *
 * @param line 1-based; 0 when the problem concerns the whole file (it cannot be read, the directory is missing)
 */
public record ValidationProblem(Path file, int line, String message) {
    public ValidationProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** The compiler-style form editors and CI logs link to: {@code config/checklists/x.yaml:12: message}. */
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
