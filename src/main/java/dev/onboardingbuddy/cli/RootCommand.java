package dev.onboardingbuddy.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "onboarding-buddy",
        mixinStandardHelpOptions = true,
        version = "Onboarding Buddy 0.1.0",
        description = "A chat bot that walks new hires through their first 90 days.",
        subcommands = {
            ServeCommand.class, PreviewCommand.class, ValidateCommand.class, ImportChecklistCommand.class,
            RestoreCommand.class, ApiKeyCommand.class, ImportHiresCommand.class, ExportCommand.class,
            WarmUpCommand.class
        })
final class RootCommand implements Callable<Integer> {
    private final Map<String, String> environment;

    @Spec
    CommandSpec spec;

    RootCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    Map<String, String> environment() {
        return environment;
    }

    @Override
    public Integer call() {
        spec.commandLine()
                .getErr()
                .println("error: name a command: serve, preview, validate, import-checklist, restore, "
                        + "api-key, import-hires or export");
        spec.commandLine().usage(spec.commandLine().getErr());
        return Cli.USAGE;
    }
}
