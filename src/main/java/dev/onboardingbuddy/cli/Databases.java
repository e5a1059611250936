package dev.onboardingbuddy.cli;

import dev.onboardingbuddy.config.ConfigurationException;
import dev.onboardingbuddy.config.Settings;
import dev.onboardingbuddy.persistence.Database;

/** Opens the configured database for a command (migrated, as `serve` would); one connection is enough. */
final class Databases {
    private Databases() {}

    static Database open(RootCommand root) {
        return open(settings(root));
    }

    static Database open(Settings settings) {
        try {
            return Database.open(
                    settings.database().url(),
                    settings.database().user(),
                    settings.database().password().value(),
                    2);
        } catch (RuntimeException e) {
            String url = settings.database().url();
            throw new UserInputError("cannot open the database " + url
                    + (url.startsWith("jdbc:h2:")
                            ? " (an H2 file can be open in one process only: stop the bot, or use PostgreSQL): "
                            : ": ")
                    + firstLine(e));
        }
    }

    static Settings settings(RootCommand root) {
        try {
            return Settings.load(root.environment());
        } catch (ConfigurationException e) {
            throw new UserInputError(
                    String.join("; ", e.getMessage().lines().map(String::trim).toList()));
        }
    }

    private static String firstLine(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        return message.lines().findFirst().orElse(message);
    }
}
