package dev.onboardingbuddy.app;

import java.nio.file.Path;
import java.util.Map;

/**
 * A disk that runs full for H2 only, where no tmpfs can be mounted: the bot's H2 URL goes through
 * {@link NoSpaceFilePath}, whose writes fail with "No space left on device" between {@link #fill} and {@link #free}.
 * Unlike {@link SmallDisk} it fails every write at once, not the first one that finds no room.
 */
final class SimulatedFullDisk implements FillableDisk {
    private final Path directory;

    SimulatedFullDisk(Path directory) {
        NoSpaceFilePath.register();
        this.directory = directory;
    }

    @Override
    public Path path() {
        return directory;
    }

    @Override
    public Map<String, String> settings() {
        return Map.of(
                "DATABASE_URL",
                "jdbc:h2:file:" + NoSpaceFilePath.SCHEME + ":"
                        + directory.resolve("buddy").toAbsolutePath());
    }

    @Override
    public void fill() {
        NoSpaceFilePath.setFull(directory, true);
    }

    @Override
    public void free() {
        NoSpaceFilePath.setFull(directory, false);
    }

    @Override
    public void close() {
        free();
    }
}
