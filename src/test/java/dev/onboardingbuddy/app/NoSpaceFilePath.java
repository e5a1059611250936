package dev.onboardingbuddy.app;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * H2's file system seen through a disk that can run full: files named {@code nospace:/some/dir/file} are the disk
 * files {@code /some/dir/file}, except that every write fails with "No space left on device" (the message Linux
 * gives for ENOSPC) while their directory is marked full. Lets the full-disk scenario run where no tmpfs can be
 * mounted. H2 creates instances by reflection, so the class and its constructor are public. Thread-safe.
 */
public final class NoSpaceFilePath extends FilePathWrapper {
    static final String SCHEME = "nospace";
    private static final Set<Path> FULL = ConcurrentHashMap.newKeySet();

    /** Tells H2 about the scheme; registering again replaces the earlier instance, which holds no state. */
    static void register() {
        FilePath.register(new NoSpaceFilePath());
    }

    /** While full, every write to a file under {@code directory} fails; reads still work. */
    static void setFull(Path directory, boolean full) {
        Path normalized = directory.toAbsolutePath().normalize();
        if (full) {
            FULL.add(normalized);
        } else {
            FULL.remove(normalized);
        }
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        Path file = Path.of(getBase().toString()).toAbsolutePath().normalize();
        return new NoSpaceChannel(file, getBase().open(mode));
    }

    private static final class NoSpaceChannel extends FileBase {
        private final Path file;
        private final FileChannel channel;

        NoSpaceChannel(Path file, FileChannel channel) {
            this.file = file;
            this.channel = channel;
        }

        private void failWhenFull() throws IOException {
            for (Path full : FULL) {
                if (file.startsWith(full)) {
                    throw new IOException("No space left on device");
                }
            }
        }

        @Override
        public int write(ByteBuffer source) throws IOException {
            failWhenFull();
            return channel.write(source);
        }

        @Override
        public int write(ByteBuffer source, long position) throws IOException {
            failWhenFull();
            return channel.write(source, position);
        }

        @Override
        public int read(ByteBuffer destination) throws IOException {
            return channel.read(destination);
        }

        @Override
        public int read(ByteBuffer destination, long position) throws IOException {
            return channel.read(destination, position);
        }

        @Override
        public long position() throws IOException {
            return channel.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            channel.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return channel.size();
        }

        @Override
        public FileChannel truncate(long newSize) throws IOException {
            channel.truncate(newSize);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            channel.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return channel.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            channel.close();
        }
    }
}
