package dev.onboardingbuddy.cli;

import dev.onboardingbuddy.config.Settings;
import dev.onboardingbuddy.hrapi.CompletionsFormat;
import dev.onboardingbuddy.persistence.Database;
import dev.onboardingbuddy.persistence.JdbiExpectedHires;
import dev.onboardingbuddy.persistence.JdbiHireRepository;
import dev.onboardingbuddy.persistence.JdbiProgressRepository;
import dev.onboardingbuddy.progress.CompletionRecord;
import dev.onboardingbuddy.progress.ExportCompletions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Export from the configured database, for spreadsheets and audits.",
        subcommands = {ExportCommand.Completions.class})
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("error: name what to export: export completions --since YYYY-MM-DD");
        return Cli.USAGE;
    }

    @Command(
            name = "completions",
            mixinStandardHelpOptions = true,
            description = "Who completed what since a date: hire, item, section, who, when, how; CSV (default) or JSON "
                    + "on standard output, the same columns as GET /api/v1/completions.")
    static final class Completions implements Callable<Integer> {
        @ParentCommand
        ExportCommand parent;

        @Spec
        CommandSpec spec;

        @Option(
                names = "--since",
                required = true,
                paramLabel = "YYYY-MM-DD",
                description = "completions at or after the start of this day (UTC)")
        String since;

        @Option(names = "--format", paramLabel = "csv|json", defaultValue = "csv", description = "csv or json")
        String format;

        @Override
        public Integer call() {
            Instant from =
                    PreviewCommand.date(since).atStartOfDay(ZoneOffset.UTC).toInstant();
            String chosen = format.toLowerCase(Locale.ROOT);
            if (!chosen.equals("csv") && !chosen.equals("json")) {
                throw new UserInputError("'" + format + "' is not a format; use csv or json");
            }
            Settings settings = Databases.settings(parent.root);
            List<CompletionRecord> records;
            try (Database database = Databases.open(settings)) {
                records = new ExportCompletions(
                                new JdbiProgressRepository(database.jdbi()),
                                new JdbiHireRepository(database.jdbi()),
                                new JdbiExpectedHires(database.jdbi()),
                                Catalogs.templates(settings))
                        .since(from);
            }
            spec.commandLine()
                    .getOut()
                    .print(
                            chosen.equals("csv")
                                    ? CompletionsFormat.csv(records)
                                    : CompletionsFormat.json(records) + System.lineSeparator());
            spec.commandLine().getOut().flush();
            spec.commandLine().getErr().println(records.size() + " completion(s) since " + from);
            return 0;
        }
    }
}
