package dev.onboardingbuddy.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * A directory for the bot's H2 file on a disk that a test can fill and free: a real tmpfs ({@link SmallDisk}) where
 * one can be mounted, else {@link SimulatedFullDisk}. {@code -Donboarding.test.disk=simulated} forces the simulation.
 */
interface FillableDisk extends AutoCloseable {
    String PROPERTY = "onboarding.test.disk";

    static FillableDisk open(Path directory, int megabytes) throws IOException, InterruptedException {
        Files.createDirectories(directory);
        if (!"simulated".equals(System.getProperty(PROPERTY))) {
            var mounted = SmallDisk.tryMount(directory, megabytes);
            if (mounted.isPresent()) {
                return mounted.get();
            }
            LoggerFactory.getLogger(FillableDisk.class)
                    .warn(
                            "cannot mount a tmpfs here (needs root): the disk runs full through H2's file system instead");
        }
        return new SimulatedFullDisk(directory);
    }

    Path path();

    /** Settings the bot needs to keep its database on this disk, e.g. its DATABASE_URL; empty when the default does. */
    Map<String, String> settings();

    /** From now on, writing to the disk fails with "No space left on device". */
    void fill() throws IOException;

    void free() throws IOException;
}
