package dev.onboardingbuddy.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.onboardingbuddy.config.Settings;
import dev.onboardingbuddy.enrollment.EnrollmentDefaults;
import dev.onboardingbuddy.enrollment.ExpectedHire;
import dev.onboardingbuddy.enrollment.HireProblem;
import dev.onboardingbuddy.enrollment.HireRequest;
import dev.onboardingbuddy.enrollment.HireRequestRules;
import dev.onboardingbuddy.enrollment.Operator;
import dev.onboardingbuddy.enrollment.Platform;
import dev.onboardingbuddy.hrapi.HireFields;
import dev.onboardingbuddy.persistence.Database;
import dev.onboardingbuddy.persistence.JdbiExpectedHires;
import dev.onboardingbuddy.persistence.JdbiHireRepository;
import dev.onboardingbuddy.persistence.JdbiTransactions;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "import-hires",
        mixinStandardHelpOptions = true,
        description = "Check a CSV of new hires (one per row, the columns of POST /api/v1/hires) and, with --apply, "
                + "store them as expected hires; the running bot enrols each one it finds in the workspace. Nothing is "
                + "stored unless every row is valid.")
final class ImportHiresCommand implements Callable<Integer> {
    static final int INVALID = 1;

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.csv", description = "UTF-8 CSV with a header line; see config/hires-example.csv")
    Path file;

    @Option(names = "--apply", description = "store the hires (default: only check them)")
    boolean apply;

    /** One data row, with the line it starts on (quoted cells may span lines). */
    private record Row(long line, Map<String, String> cells) {}

    private record Checked(long line, HireRequest request) {}

    @Override
    public Integer call() {
        Settings settings = Databases.settings(root);
        List<Row> rows = read(file);
        HireRequestRules rules = new HireRequestRules(
                served(settings),
                Catalogs.templates(settings),
                Catalogs.calendars(settings),
                Catalogs.teams(settings),
                new EnrollmentDefaults(
                        settings.plan().defaultTemplate(), settings.plan().defaultCalendar()));
        try (Database database = Databases.open(settings)) {
            JdbiExpectedHires expected = new JdbiExpectedHires(database.jdbi());
            JdbiHireRepository hires = new JdbiHireRepository(database.jdbi());
            List<String> problems = new ArrayList<>();
            List<Checked> valid = new ArrayList<>();
            Map<String, Long> firstLineOf = new HashMap<>();
            for (Row row : rows) {
                HireFields fields = HireFields.of(row.cells());
                Optional<HireRequest> parsed = fields.request();
                Map<String, String> found = new LinkedHashMap<>(fields.problems());
                parsed.ifPresent(request -> {
                    found.putAll(fields.withCore(rules.check(request)));
                    String hireField = fields.nameOf(HireProblem.Field.HIRE);
                    String who = request.hire()
                            .email()
                            .orElseGet(() -> request.hire().id().orElseThrow().stored());
                    Long earlier = firstLineOf.putIfAbsent(who, row.line());
                    if (earlier != null) {
                        found.putIfAbsent(hireField, "the same person as on line " + earlier);
                    }
                    request.hire()
                            .email()
                            .flatMap(expected::waitingFor)
                            .or(() -> request.hire().id().flatMap(expected::waitingFor))
                            .ifPresent(waiting -> found.putIfAbsent(
                                    hireField,
                                    "already expected as hire " + waiting.id().value()));
                    request.hire()
                            .id()
                            .flatMap(hires::findOpenByUser)
                            .ifPresent(open -> found.putIfAbsent(
                                    hireField,
                                    "already enrolled as hire " + open.id().value()));
                    if (found.isEmpty()) {
                        valid.add(new Checked(row.line(), request));
                    }
                });
                found.forEach(
                        (column, message) -> problems.add(file + ":" + row.line() + ": " + column + ": " + message));
            }
            problems.forEach(spec.commandLine().getErr()::println);
            if (!problems.isEmpty()) {
                spec.commandLine()
                        .getErr()
                        .println(problems.size() + " problem(s) in " + (rows.size() - valid.size()) + " of "
                                + rows.size() + " row(s); nothing was imported");
                return INVALID;
            }
            if (!apply) {
                spec.commandLine()
                        .getOut()
                        .println("ok: " + valid.size() + " hire(s) valid; nothing was stored. Run again "
                                + "with --apply to import them.");
                return 0;
            }
            Operator operator = new Operator("import-hires " + file.getFileName());
            Instant now = Clock.systemUTC().instant();
            new JdbiTransactions(database.jdbi())
                    .run(() -> valid.forEach(row -> expected.add(ExpectedHire.expected(row.request(), operator, now))));
            spec.commandLine()
                    .getOut()
                    .println("imported " + valid.size() + " hire(s) as expected. The running bot enrols "
                            + "each one when they join, or within 10 minutes once they are in the workspace.");
            return 0;
        }
    }

    /** Both platforms when the settings name neither: the command line may run without the chat secrets. */
    private static Set<Platform> served(Settings settings) {
        Set<Platform> served = EnumSet.noneOf(Platform.class);
        if (settings.servesSlack()) {
            served.add(Platform.SLACK);
        }
        if (settings.servesMsTeams()) {
            served.add(Platform.MSTEAMS);
        }
        return served.isEmpty() ? EnumSet.allOf(Platform.class) : served;
    }

    private static List<Row> read(Path file) {
        // Empty lines are read as rows and dropped below, not skipped by the parser: skipping them shifts the
        // position the line numbers are taken from.
        CsvMapper mapper =
                CsvMapper.builder().enable(CsvParser.Feature.TRIM_SPACES).build();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                        .with(CsvSchema.emptySchema().withHeader())
                        .readValues(reader)) {
            List<Row> read = new ArrayList<>();
            // hasNextValue steps the parser onto the row's first token, whose line is where the row starts; the header
            // is read with the first step, so the columns are known after it.
            for (boolean first = true; rows.hasNextValue(); first = false) {
                if (first) {
                    requireKnownColumns(file, columns(rows));
                }
                // the parser stands at the end of the line before the row
                long line = rows.getParser().currentTokenLocation().getLineNr() + 1;
                Map<String, String> cells = rows.nextValue();
                if (cells.values().stream().anyMatch(cell -> cell != null && !cell.isBlank())) {
                    read.add(new Row(line, cells));
                }
            }
            return read;
        } catch (NoSuchFileException e) {
            throw new UserInputError("'" + file + "' does not exist; name a CSV file of hires");
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserInputError error) {
                throw error;
            }
            throw new UserInputError(file + ": not a CSV file of hires: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
    }

    private static void requireKnownColumns(Path file, List<String> columns) {
        List<String> unknown = columns.stream()
                .filter(column -> !HireFields.NAMES.contains(column))
                .toList();
        if (!unknown.isEmpty()) {
            throw new UserInputError(file + ":1: unknown column(s) " + String.join(", ", unknown) + "; the columns are "
                    + String.join(", ", HireFields.NAMES));
        }
    }

    private static List<String> columns(MappingIterator<Map<String, String>> rows) {
        CsvSchema schema = (CsvSchema) rows.getParser().getSchema();
        List<String> names = new ArrayList<>();
        schema.forEach(column -> names.add(column.getName()));
        return names;
    }
}
