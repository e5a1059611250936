package dev.onboardingbuddy.yaml;

import dev.onboardingbuddy.checklist.ChecklistTemplate;
import dev.onboardingbuddy.checklist.TemplateCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Loads role checklists from {@code config/checklists/*.yaml}: one template per file, its id equal to the file
 * name. Every problem is reported with file and line, not only the first. Stateless and thread-safe.
 */
public final class ChecklistFiles {
    static final String EXPECTED = "a checklist template with id, role and sections";

    public LoadResult<ChecklistTemplate> load(Path file) {
        Problems problems = new Problems(file);
        Optional<ChecklistTemplate> template =
                YamlDocuments.readText(file, problems).flatMap(text -> read(text, file, problems));
        return new LoadResult<>(template, problems.sorted());
    }

    /**
     * Checks YAML text as if it were stored at {@code file}, for example what {@code import-checklist} is about to
     * write; the id must match that file name.
     */
    public LoadResult<ChecklistTemplate> parse(String yaml, Path file) {
        Problems problems = new Problems(file);
        Optional<ChecklistTemplate> template = read(yaml, file, problems);
        return new LoadResult<>(template, problems.sorted());
    }

    /** Every {@code *.yaml} file of the directory; the catalog holds the templates that loaded without problems. */
    public LoadResult<TemplateCatalog> loadDirectory(Path directory) {
        List<ValidationProblem> problems = new ArrayList<>();
        List<ChecklistTemplate> templates = new ArrayList<>();
        List<Path> files = yamlFiles(directory, problems);
        for (Path file : files) {
            LoadResult<ChecklistTemplate> result = load(file);
            problems.addAll(result.problems());
            result.value().ifPresent(templates::add);
        }
        return new LoadResult<>(Optional.of(new TemplateCatalog(templates)), ChecklistFiles.inFileOrder(problems));
    }

    private static Optional<ChecklistTemplate> read(String text, Path file, Problems problems) {
        Optional<ChecklistTemplate> template = YamlDocuments.compose(text, problems, EXPECTED)
                .flatMap(root -> new TemplateReader(problems).read(root, idOf(file)));
        return problems.isEmpty() ? template : Optional.empty();
    }

    static List<ValidationProblem> inFileOrder(List<ValidationProblem> problems) {
        return problems.stream()
                .sorted(Comparator.comparing(
                                (ValidationProblem problem) -> problem.file().toString())
                        .thenComparingInt(ValidationProblem::line))
                .toList();
    }

    static String idOf(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") ? name.substring(0, name.length() - ".yaml".length()) : name;
    }

    /** Sorted, so problems come out in the same order on every machine. */
    static List<Path> yamlFiles(Path directory, List<ValidationProblem> problems) {
        if (!Files.isDirectory(directory)) {
            problems.add(new ValidationProblem(directory, 0, "is not a directory"));
            return List.of();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            List<Path> sorted = entries.filter(Files::isRegularFile).sorted().toList();
            // A .yml file would otherwise be skipped without a word, and its author left wondering.
            sorted.stream()
                    .filter(path -> path.getFileName().toString().endsWith(".yml"))
                    .forEach(path ->
                            problems.add(new ValidationProblem(path, 0, "is not loaded: rename it to end in .yaml")));
            return sorted.stream()
                    .filter(path -> path.getFileName().toString().endsWith(".yaml"))
                    .toList();
        } catch (IOException e) {
            problems.add(new ValidationProblem(directory, 0, "cannot list the directory: " + e.getMessage()));
            return List.of();
        }
    }
}
