package dev.onboardingbuddy.cli;

import dev.onboardingbuddy.app.WarmUp;
import dev.onboardingbuddy.config.ConfigurationException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "warm-up",
        mixinStandardHelpOptions = true,
        description = {
            "Start the bot once against a scratch database and a stand-in for Slack on loopback, ask it one signed"
                    + " status, and stop.",
            "Under java -XX:ArchiveClassesAtExit=FILE this records the classes a start loads; serve started with"
                    + " -XX:SharedArchiveFile=FILE then starts in about half the time. The build does this"
                    + " (target/onboarding-buddy.jsa)."
        })
final class WarmUpCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try {
            WarmUp.run(root.environment()).forEach(spec.commandLine().getOut()::println);
            return 0;
        } catch (ConfigurationException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return Cli.USAGE;
        }
    }
}
