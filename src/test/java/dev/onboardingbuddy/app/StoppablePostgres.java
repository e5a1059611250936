package dev.onboardingbuddy.app;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL server of the test's own (initdb + pg_ctl from the installed server binaries, a temporary data
 * directory, a free port), so the test may stop and start it under traffic. Skipped with a message when the binaries
 * are absent. As root, the server runs as the {@code postgres} user (PostgreSQL refuses to run as root).
 */
final class StoppablePostgres implements AutoCloseable {
    private final Path bin;
    private final Path home;
    private final int port;
    private final boolean asPostgresUser;

    private StoppablePostgres(Path bin, Path home, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.home = home;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    static StoppablePostgres start() throws IOException, InterruptedException {
        Optional<Path> bin = serverBinaries();
        Assumptions.assumeTrue(
                bin.isPresent(),
                "no PostgreSQL server binaries under /usr/lib/postgresql/*/bin "
                        + "(install the postgresql package): the stop-PostgreSQL test is skipped");
        boolean root = "root".equals(System.getProperty("user.name"));
        Path home = Files.createTempDirectory("buddy-pg-");
        if (root) {
            Assumptions.assumeTrue(
                    run(List.of("chown", "postgres", home.toString()), false) == 0,
                    "running as root without a 'postgres' user: the stop-PostgreSQL test is skipped");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        StoppablePostgres server = new StoppablePostgres(bin.get(), home, port, root);
        server.pg(
                "initdb",
                "-D",
                home.resolve("data").toString(),
                "-U",
                "buddy",
                "--auth=trust",
                "-E",
                "UTF8",
                "--no-sync");
        server.startServer();
        server.psql("CREATE DATABASE buddy");
        return server;
    }

    private static Optional<Path> serverBinaries() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(dir -> Files.isExecutable(dir.resolve("pg_ctl")))
                    .max(Comparator.comparing(Path::toString));
        }
    }

    Map<String, String> settings() {
        return Map.of(
                "DATABASE_URL",
                "jdbc:postgresql://127.0.0.1:" + port + "/buddy",
                "DATABASE_USER",
                "buddy",
                "DATABASE_PASSWORD",
                "",
                "DATABASE_POOL_SIZE",
                "5");
    }

    String jdbcUrl() {
        return settings().get("DATABASE_URL");
    }

    /** Stops the server the way an operator or a crash would: connections are cut at once. */
    void stop() throws IOException, InterruptedException {
        pg("pg_ctl", "-D", home.resolve("data").toString(), "-m", "immediate", "-w", "stop");
    }

    void startServer() throws IOException, InterruptedException {
        pg(
                "pg_ctl",
                "-D",
                home.resolve("data").toString(),
                "-l",
                home.resolve("server.log").toString(),
                "-w",
                "-o",
                "-p " + port + " -k " + home + " -c listen_addresses=127.0.0.1 -c fsync=off",
                "start");
    }

    private void psql(String sql) throws IOException, InterruptedException {
        pg("psql", "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", "buddy", "-d", "postgres", "-c", sql);
    }

    private void pg(String program, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(bin.resolve(program).toString()));
        command.addAll(List.of(arguments));
        if (run(command, asPostgresUser) != 0) {
            throw new IllegalStateException(program + " failed; see " + home.resolve("server.log"));
        }
    }

    private static int run(List<String> command, boolean asPostgresUser) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgresUser) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process process = new ProcessBuilder(full)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            stop();
        } catch (IllegalStateException alreadyStopped) {
            // nothing to stop
        }
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(file -> file.toFile().delete());
        }
    }
}
