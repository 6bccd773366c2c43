package raingan.batch.run;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps two batches from writing into the same output folder at once (they would append to a
 * manifest the other is replacing). An OS lock on {@code OUT/.raingan-batch.lock}: the OS
 * releases it when the process ends in any way, SIGKILL included, so it never goes stale.
 */
final class OutputLock implements AutoCloseable {

    static final String FILE_NAME = ".raingan-batch.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** @throws IOException if another batch holds the folder, or the lock file cannot be created */
    static OutputLock acquire(Path out) throws IOException {
        Path file = out.resolve(FILE_NAME);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new IOException("another raingan batch is writing into " + out
                    + "; wait for it to end, or give this one another --out folder");
        }
        return new OutputLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
