package dev.onboardingbuddy.cli;

import dev.onboardingbuddy.checklist.ChecklistTemplate;
import dev.onboardingbuddy.checklist.MarkdownChecklistImporter;
import dev.onboardingbuddy.checklist.TemplateId;
import dev.onboardingbuddy.yaml.ChecklistFiles;
import dev.onboardingbuddy.yaml.ChecklistYamlWriter;
import dev.onboardingbuddy.yaml.LoadResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "import-checklist",
        mixinStandardHelpOptions = true,
        description = "Turn a checklist document in the seed markdown format into a template file, and validate it.")
final class ImportChecklistCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.md", description = "the markdown checklist")
    Path source;

    @Option(names = "--out", paramLabel = "FILE.yaml", description = "where to write the template (default: stdout)")
    Path out;

    @Option(
            names = "--id",
            paramLabel = "ID",
            description = "template id (default: the --out file name, else the " + "role)")
    String id;

    @Override
    public Integer call() {
        String markdown = read(source);
        ChecklistTemplate template;
        try {
            template = new MarkdownChecklistImporter().importMarkdown(markdown, new TemplateId("imported"));
        } catch (IllegalArgumentException e) {
            throw new UserInputError(source + ": " + e.getMessage());
        }
        TemplateId templateId = templateId(template.role());
        template = new ChecklistTemplate(
                templateId,
                template.version(),
                template.role(),
                template.mission(),
                template.summary(),
                template.programmeDays(),
                template.sections(),
                template.resources());
        String yaml = new ChecklistYamlWriter().write(template);
        Path checkedAs = out != null ? out : Path.of(templateId.value() + ".yaml");
        LoadResult<ChecklistTemplate> check = new ChecklistFiles().parse(yaml, checkedAs);
        if (!check.isValid()) {
            spec.commandLine().getErr().println(check.report());
            throw new UserInputError("the imported template does not validate; fix " + source + " and try again");
        }
        if (out == null) {
            spec.commandLine().getOut().print(yaml);
            spec.commandLine().getOut().flush();
        } else {
            write(out, yaml);
            spec.commandLine()
                    .getErr()
                    .println("wrote " + out + ": " + template.itemCount() + " items in "
                            + template.sections().size() + " sections");
        }
        return 0;
    }

    private TemplateId templateId(String role) {
        String candidate = id;
        if (candidate == null && out != null) {
            candidate = out.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        }
        if (candidate == null) {
            candidate =
                    role.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        }
        if (!TemplateId.isValid(candidate)) {
            throw new UserInputError("'" + candidate + "' is not a template id; use lower-case words joined by '-', "
                    + "such as backend-engineer (--id)");
        }
        return new TemplateId(candidate);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserInputError("'" + file + "' does not exist; name a markdown checklist file");
        } catch (IOException e) {
            throw new UserInputError("cannot read '" + file + "': " + e.getMessage());
        }
    }

    private static void write(Path file, String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
