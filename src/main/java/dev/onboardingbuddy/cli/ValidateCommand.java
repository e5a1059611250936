package dev.onboardingbuddy.cli;

import dev.onboardingbuddy.checklist.TemplateCatalog;
import dev.onboardingbuddy.config.Settings;
import dev.onboardingbuddy.holidays.PublicHolidaySources;
import dev.onboardingbuddy.timeline.CalendarCatalog;
import dev.onboardingbuddy.yaml.CalendarFiles;
import dev.onboardingbuddy.yaml.ChecklistFiles;
import dev.onboardingbuddy.yaml.LoadResult;
import dev.onboardingbuddy.yaml.ValidationProblem;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Check checklist files (and, by default, the working calendars); one line per problem.")
final class ValidateCommand implements Callable<Integer> {
    static final int INVALID = 1;

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(
            arity = "0..1",
            paramLabel = "FILE|DIR",
            description = "a checklist file or folder (default: CHECKLISTS_DIR and CALENDARS_DIR)")
    Path target;

    @Option(
            names = "--from",
            paramLabel = "YYYY-MM-DD",
            description = "warn about calendars that list no holidays for a year a programme starting then reaches "
                    + "(default: today)")
    String from;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<ValidationProblem> problems = new ArrayList<>();
        int files;
        if (target != null) {
            if (!Files.exists(target)) {
                throw new UserInputError(
                        "'" + target + "' does not exist; name a checklist .yaml file or a folder of them");
            }
            files = check(target, problems);
        } else {
            Settings settings = Settings.load(root.environment());
            LoadResult<TemplateCatalog> templates =
                    new ChecklistFiles().loadDirectory(settings.files().checklists());
            files = check(settings.files().checklists(), problems);
            LoadResult<CalendarCatalog> calendars = new CalendarFiles(PublicHolidaySources.standard())
                    .loadDirectory(settings.files().calendars());
            problems.addAll(calendars.problems());
            LocalDate start = from == null ? LocalDate.now() : PreviewCommand.date(from);
            calendars
                    .value()
                    .ifPresent(catalog -> new CalendarGaps(
                                    settings, catalog, templates.value().orElseGet(TemplateCatalog::empty))
                            .warnings(start)
                            .forEach(spec.commandLine().getErr()::println));
        }
        problems.forEach(problem -> spec.commandLine().getErr().println(problem));
        if (problems.isEmpty()) {
            out.println("ok: " + files + " checklist file(s) valid");
            return 0;
        }
        spec.commandLine().getErr().println(problems.size() + " problem(s) found");
        return INVALID;
    }

    private static int check(Path path, List<ValidationProblem> problems) {
        ChecklistFiles checklists = new ChecklistFiles();
        if (Files.isDirectory(path)) {
            LoadResult<TemplateCatalog> result = checklists.loadDirectory(path);
            problems.addAll(result.problems());
            return result.value().map(TemplateCatalog::size).orElse(0)
                    + (int) result.problems().stream()
                            .map(ValidationProblem::file)
                            .distinct()
                            .count();
        }
        problems.addAll(checklists.load(path).problems());
        return 1;
    }
}
