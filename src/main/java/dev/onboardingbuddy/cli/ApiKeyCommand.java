package dev.onboardingbuddy.cli;

import dev.onboardingbuddy.hrapi.ApiKeyAdmin;
import dev.onboardingbuddy.hrapi.ApiKeys;
import dev.onboardingbuddy.hrapi.JdbiApiKeys;
import dev.onboardingbuddy.persistence.Database;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
        name = "api-key",
        mixinStandardHelpOptions = true,
        description = "Create, revoke or list the HR system API's keys, in the configured database.",
        subcommands = {ApiKeyCommand.Create.class, ApiKeyCommand.Revoke.class, ApiKeyCommand.ListKeys.class})
final class ApiKeyCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine()
                .getErr()
                .println("error: name what to do: api-key create NAME, api-key revoke NAME or " + "api-key list");
        return Cli.USAGE;
    }

    private static <T> T withKeys(RootCommand root, Function<ApiKeyAdmin, T> work) {
        try (Database database = Databases.open(root)) {
            return work.apply(new ApiKeyAdmin(new JdbiApiKeys(database.jdbi()), Clock.systemUTC()));
        }
    }

    @Command(
            name = "create",
            mixinStandardHelpOptions = true,
            description = "Make a key and print it once; only its hash is stored. Every key acts with admin rights.")
    static final class Create implements Callable<Integer> {
        @ParentCommand
        ApiKeyCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "who uses it, such as bamboohr; the audit trail shows it")
        String name;

        @Override
        public Integer call() {
            String secret;
            try {
                secret = withKeys(parent.root, keys -> keys.create(name));
            } catch (IllegalArgumentException e) {
                throw new UserInputError(e.getMessage());
            }
            spec.commandLine().getOut().println(secret);
            spec.commandLine()
                    .getErr()
                    .println("created API key '" + name + "'. It is shown only this once: store it in "
                            + "your HR system now, sent as 'Authorization: Bearer <key>'.");
            return 0;
        }
    }

    @Command(
            name = "revoke",
            mixinStandardHelpOptions = true,
            description = "Revoke a key at once; calls with it get 403 from then on.")
    static final class Revoke implements Callable<Integer> {
        @ParentCommand
        ApiKeyCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            if (!withKeys(parent.root, keys -> keys.revoke(name))) {
                throw new UserInputError("no active API key is named '" + name + "'; see api-key list");
            }
            spec.commandLine().getOut().println("revoked API key '" + name + "'");
            return 0;
        }
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "Every key's name, when it was made and "
                    + "whether it is revoked (never the key itself, which is not stored).")
    static final class ListKeys implements Callable<Integer> {
        @ParentCommand
        ApiKeyCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            for (ApiKeys.StoredKey key : withKeys(parent.root, ApiKeyAdmin::list)) {
                spec.commandLine()
                        .getOut()
                        .println(key.name() + "\tcreated " + key.createdAt()
                                + key.revokedAt().map(at -> "\trevoked " + at).orElse("\tactive"));
            }
            return 0;
        }
    }
}
