package dev.onboardingbuddy.yaml;

import dev.onboardingbuddy.enrollment.Team;
import dev.onboardingbuddy.enrollment.TeamDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Loads team directories from {@code config/teams/*.yaml}: one team per file, its id equal to the file name. Every
 * problem is reported with file and line. Stateless and thread-safe.
 */
public final class TeamFiles {
    private static final String EXPECTED = "a team with id, name, managerChannel, members, managers and leads";

    public LoadResult<Team> load(Path file) {
        Problems problems = new Problems(file);
        Optional<Team> team = YamlDocuments.readText(file, problems)
                .flatMap(text -> YamlDocuments.compose(text, problems, EXPECTED))
                .flatMap(root -> new TeamReader(problems).read(root, ChecklistFiles.idOf(file)));
        return new LoadResult<>(problems.isEmpty() ? team : Optional.empty(), problems.sorted());
    }

    /** Every {@code *.yaml} file of the directory; a missing directory is an empty directory (teams are optional). */
    public LoadResult<TeamDirectory> loadDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            return new LoadResult<>(Optional.of(TeamDirectory.empty()), List.of());
        }
        List<ValidationProblem> problems = new ArrayList<>();
        List<Team> teams = new ArrayList<>();
        for (Path file : ChecklistFiles.yamlFiles(directory, problems)) {
            LoadResult<Team> result = load(file);
            problems.addAll(result.problems());
            result.value().ifPresent(teams::add);
        }
        return new LoadResult<>(Optional.of(new TeamDirectory(teams)), ChecklistFiles.inFileOrder(problems));
    }
}
