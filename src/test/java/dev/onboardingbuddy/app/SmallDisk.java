package dev.onboardingbuddy.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A tmpfs of a few megabytes mounted for one test, so that a disk really runs full. Needs root (or CAP_SYS_ADMIN);
 * elsewhere {@link FillableDisk#open} falls back to {@link SimulatedFullDisk}.
 */
final class SmallDisk implements FillableDisk {
    private final Path mountPoint;
    private final Path filler;

    private SmallDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
        this.filler = mountPoint.resolve("filler");
    }

    /** Empty when no tmpfs can be mounted here. */
    static Optional<SmallDisk> tryMount(Path mountPoint, int megabytes) throws IOException, InterruptedException {
        Files.createDirectories(mountPoint);
        int exit =
                run(List.of("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs", mountPoint.toString()));
        return exit == 0 ? Optional.of(new SmallDisk(mountPoint)) : Optional.empty();
    }

    @Override
    public Path path() {
        return mountPoint;
    }

    @Override
    public Map<String, String> settings() {
        return Map.of();
    }

    /** Writes a file until the disk has no space left. */
    @Override
    public void fill() throws IOException {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException noSpaceLeft) {
            if (!String.valueOf(noSpaceLeft.getMessage()).contains("No space left")) {
                throw noSpaceLeft;
            }
        }
    }

    @Override
    public void free() throws IOException {
        Files.deleteIfExists(filler);
    }

    private static int run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run(List.of("umount", "-l", mountPoint.toString()));
    }
}
