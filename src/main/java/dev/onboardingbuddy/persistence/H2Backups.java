package dev.onboardingbuddy.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Online backups of the embedded H2 database: {@code BACKUP TO} writes a consistent zip while the bot keeps running
 * (copying the files of an open database is not safe), then only the newest {@code keep} backups stay. On PostgreSQL
 * it does nothing: that database is backed up with {@code pg_dump}. Safe to run twice; not meant to run concurrently
 * with itself (the Quartz job is not concurrent).
 */
public final class H2Backups {
    private static final Logger LOG = LoggerFactory.getLogger(H2Backups.class);
    // UTC and fixed width, so that the newest backup is also the last name in sorted order
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern BACKUP_NAME = Pattern.compile("onboarding-buddy-\\d{8}T\\d{6}Z\\.zip");

    private final DatabaseVendor vendor;
    private final DataSource dataSource;
    private final Path directory;
    private final int keep;
    private final Clock clock;
    private final AtomicBoolean skipLogged = new AtomicBoolean();

    H2Backups(DatabaseVendor vendor, DataSource dataSource, Path directory, int keep, Clock clock) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least one backup, not " + keep);
        }
        this.vendor = vendor;
        this.dataSource = dataSource;
        this.directory = directory.toAbsolutePath().normalize();
        this.keep = keep;
        this.clock = clock;
    }

    public H2Backups(Database database, Path directory, int keep, Clock clock) {
        this(database.vendor(), database.dataSource(), directory, keep, clock);
    }

    /**
     * What the scheduled job calls. Quartz also fires the job at every start-up; skipping when the newest backup is
     * younger than half the interval keeps a restart loop from replacing days of backups with copies of the last hour.
     */
    public Optional<Path> backUpIfDue(Duration interval) {
        Optional<Path> newest = existing().stream().reduce((older, newer) -> newer);
        if (vendor == DatabaseVendor.H2
                && newest.isPresent()
                && takenAt(newest.get()).isAfter(clock.instant().minus(interval.dividedBy(2)))) {
            return Optional.empty();
        }
        return backUp();
    }

    /** Backs up now and prunes old backups; returns the new file, or nothing on PostgreSQL. */
    public Optional<Path> backUp() {
        if (vendor != DatabaseVendor.H2) {
            if (skipLogged.compareAndSet(false, true)) {
                LOG.info(
                        "backup-database does nothing on PostgreSQL; back it up with pg_dump (README: Backups and restore)");
            }
            return Optional.empty();
        }
        Path target = directory.resolve("onboarding-buddy-" + STAMP.format(clock.instant()) + ".zip");
        // written under another name first: a half-written zip must never count as the newest backup when pruning
        Path partial = directory.resolve(target.getFileName() + ".part");
        try {
            Files.createDirectories(directory);
            backUpTo(partial);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the backup " + target, e);
        }
        prune();
        LOG.info("backed up the database to {}", target);
        return Optional.of(target);
    }

    /** The backups in the directory, oldest first. */
    public List<Path> existing() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file ->
                            BACKUP_NAME.matcher(file.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(file -> file.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the backups in " + directory, e);
        }
    }

    private static Instant takenAt(Path backup) {
        String name = backup.getFileName().toString();
        return STAMP.parse(
                name.substring("onboarding-buddy-".length(), name.length() - ".zip".length()), Instant::from);
    }

    private void backUpTo(Path file) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("H2 could not back up to " + file + ": " + e.getMessage(), e);
        }
    }

    private void prune() {
        List<Path> backups = existing();
        for (Path old : backups.subList(0, Math.max(0, backups.size() - keep))) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                LOG.warn("could not delete the old backup {}: {}", old, e.getMessage());
            }
        }
    }
}
