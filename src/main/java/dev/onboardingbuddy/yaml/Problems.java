package dev.onboardingbuddy.yaml;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one file while it is read. Not thread-safe: one per file and reader. */
final class Problems {
    private final Path file;
    private final List<ValidationProblem> found = new ArrayList<>();

    Problems(Path file) {
        this.file = file;
    }

    void add(int line, String message) {
        found.add(new ValidationProblem(file, line, message));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    Path file() {
        return file;
    }

    /** In file order, so the report reads top to bottom. */
    List<ValidationProblem> sorted() {
        List<ValidationProblem> copy = new ArrayList<>(found);
        copy.sort(Comparator.comparingInt(ValidationProblem::line));
        return List.copyOf(copy);
    }
}
