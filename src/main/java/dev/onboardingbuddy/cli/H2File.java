package dev.onboardingbuddy.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/** The file behind an embedded H2 URL ({@code jdbc:h2:file:./data/x} is {@code ./data/x.mv.db}). */
record H2File(Path directory, String name) {

    /** Refuses what restore cannot write into: PostgreSQL, in-memory and server URLs. */
    static H2File fromUrl(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            throw new UserInputError(
                    "restore is for H2 backups; restore PostgreSQL with pg_restore (README: Backups and " + "restore)");
        }
        if (!lower.startsWith("jdbc:h2:")) {
            throw new UserInputError(
                    "'" + url + "' is not an H2 URL; give one such as jdbc:h2:file:./data/onboarding-buddy");
        }
        String path = url.substring("jdbc:h2:".length()).split(";", 2)[0];
        if (path.toLowerCase(Locale.ROOT).startsWith("file:")) {
            path = path.substring("file:".length());
        } else if (path.matches("(?i)(mem|tcp|ssl|zip|nio\\w*|split|async|memFS|memLZF):.*")) {
            throw new UserInputError("'" + url + "' is not an embedded H2 file; give one such as "
                    + "jdbc:h2:file:./data/onboarding-buddy");
        }
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        Path file = Path.of(path).toAbsolutePath().normalize();
        if (file.getFileName() == null || file.getParent() == null) {
            throw new UserInputError("'" + url + "' names no database file");
        }
        return new H2File(file.getParent(), file.getFileName().toString());
    }

    Path dataFile() {
        return directory.resolve(name + ".mv.db");
    }

    /** H2 holds an OS lock on the data file while a process (this one included) has the database open. */
    boolean isInUse() {
        try (FileChannel channel = FileChannel.open(dataFile(), StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            // cannot even open it for writing: treat as in use rather than overwrite blindly
            return true;
        }
    }
}
