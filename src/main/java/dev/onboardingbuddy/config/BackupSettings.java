package dev.onboardingbuddy.config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Automatic online backups of an embedded H2 database (PostgreSQL is backed up with its own tools).
 *
 * @param keep how many of the newest backup files stay; older ones are deleted after each backup
 * @param interval time between backups; zero turns the job off
 */
public record BackupSettings(Path directory, int keep, Duration interval) {

    public boolean enabled() {
        return !interval.isZero();
    }
}
