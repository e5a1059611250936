package dev.onboardingbuddy.cli;

import dev.onboardingbuddy.config.ConfigurationException;
import dev.onboardingbuddy.config.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.h2.tools.Restore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "restore",
        mixinStandardHelpOptions = true,
        description = "Restore an H2 backup zip (made by the backup-database job) into a database file that is not in "
                + "use. Stop the bot first.")
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "BACKUP.zip", description = "a backup written by the bot (BACKUP_DIR)")
    Path backup;

    @Option(
            names = "--database-url",
            paramLabel = "URL",
            description = "the H2 database to restore into " + "(default: DATABASE_URL)")
    String databaseUrl;

    @Option(names = "--force", description = "replace the database file if it exists")
    boolean force;

    @Override
    public Integer call() {
        String url = databaseUrl != null ? databaseUrl : configuredUrl();
        H2File target = H2File.fromUrl(url);
        if (!Files.isRegularFile(backup)) {
            throw new UserInputError("'" + backup + "' does not exist; name a backup zip from BACKUP_DIR");
        }
        if (Files.exists(target.dataFile())) {
            if (!force) {
                throw new UserInputError(
                        target.dataFile() + " exists; stop the bot and add --force to replace it with the " + "backup");
            }
            if (target.isInUse()) {
                throw new UserInputError(target.dataFile() + " is in use by a running bot; stop it before restoring");
            }
        }
        try {
            Files.createDirectories(target.directory());
            // Restore overwrites the data file but leaves a stale trace file of the replaced database behind
            Files.deleteIfExists(target.directory().resolve(target.name() + ".trace.db"));
            Restore.execute(backup.toString(), target.directory().toString(), target.name());
        } catch (IOException | RuntimeException e) {
            throw new UserInputError(
                    "cannot restore '" + backup + "' (is it a backup made by the bot?): " + oneLine(e.getMessage()));
        }
        if (!Files.exists(target.dataFile())) {
            throw new UserInputError("'" + backup + "' holds no H2 database; name a backup made by the bot");
        }
        spec.commandLine().getOut().println("restored " + backup + " into " + target.dataFile());
        return 0;
    }

    private String configuredUrl() {
        try {
            return Settings.load(root.environment()).database().url();
        } catch (ConfigurationException e) {
            throw new UserInputError(oneLine(e.getMessage()) + " (or pass --database-url)");
        }
    }

    /** The command line promises one line per error; configuration and H2 messages can span several. */
    private static String oneLine(String message) {
        return message == null
                ? ""
                : String.join("; ", message.lines().map(String::trim).toList());
    }
}
