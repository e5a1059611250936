package dev.onboardingbuddy.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Parses the command line and runs one subcommand; bad input ends with a one-line message and exit code 2. */
public final class Cli {
    /** Returned by {@code serve}: the process lives on in the server's threads. */
    public static final int KEEP_RUNNING = -1;

    static final int USAGE = 2;

    private Cli() {}

    public static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        if (List.of(args).equals(List.of("serve"))) {
            // What every start of the bot runs, straight: picocli reads the annotations of all the commands first
            // (~300 ms, and its classes are too old for the class-data archive), which only the other commands need.
            PrintWriter errors = new PrintWriter(err, true, StandardCharsets.UTF_8);
            try {
                return ServeCommand.serve(environment, errors);
            } catch (RuntimeException failed) {
                // as picocli ends a command that threw: the stack trace and exit code 2
                failed.printStackTrace(errors);
                return USAGE;
            }
        }
        CommandLine commandLine = new CommandLine(new RootCommand(environment));
        commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        commandLine.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        commandLine.setExitCodeExceptionMapper(exception -> USAGE);
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            exception.getCommandLine().getErr().println("error: " + exception.getMessage());
            exception
                    .getCommandLine()
                    .getErr()
                    .println("Run '"
                            + exception.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return USAGE;
        });
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            if (exception instanceof UserInputError) {
                cmd.getErr().println("error: " + exception.getMessage());
                return USAGE;
            }
            throw exception;
        });
        return commandLine.execute(args);
    }
}
