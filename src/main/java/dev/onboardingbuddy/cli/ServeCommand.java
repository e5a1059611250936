package dev.onboardingbuddy.cli;

import dev.onboardingbuddy.app.OnboardingBuddy;
import dev.onboardingbuddy.config.ConfigurationException;
import dev.onboardingbuddy.config.Settings;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Run the bot: HTTP on PORT (or Socket Mode with SLACK_APP_TOKEN), scheduler and outbox.")
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return serve(root.environment(), spec.commandLine().getErr());
    }

    /** Starts the bot and returns {@link Cli#KEEP_RUNNING}, or explains a bad setting and returns {@link Cli#USAGE}. */
    static int serve(Map<String, String> environment, PrintWriter err) {
        try {
            Settings settings = Settings.load(environment).requireServe();
            OnboardingBuddy bot = OnboardingBuddy.start(settings, Clock.systemUTC());
            Runtime.getRuntime().addShutdownHook(new Thread(bot::close, "shutdown"));
            return Cli.KEEP_RUNNING;
        } catch (ConfigurationException e) {
            err.println("error: " + e.getMessage());
            return Cli.USAGE;
        }
    }
}
