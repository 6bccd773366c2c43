package raingan.batch.manifest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import raingan.model.RecordJson;

/**
 * Appends manifest lines as inputs finish, from any thread. Each line goes to the OS in one
 * write as soon as it is known (nothing waits in a buffer), so a killed process loses at most
 * the line being written, whose torn remains the next run cuts off. A line that cannot be written
 * whole (a full disk writes part of it, then fails) is cut off at once, so the file never holds
 * half a line and keeps every line before it. The file is forced to disk on close.
 */
public final class ManifestWriter implements AutoCloseable {

    private final FileChannel channel;
    private final RecordJson json;

    private ManifestWriter(FileChannel channel, RecordJson json) {
        this.channel = channel;
        this.json = json;
    }

    /**
     * Opens {@code file} for appending after its first {@code keepBytes} bytes, cutting off
     * whatever follows (a torn last line); 0 starts an empty manifest.
     *
     * @throws IOException if the file cannot be opened or cut
     */
    public static ManifestWriter open(Path file, long keepBytes, RecordJson json) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            channel.truncate(keepBytes);
            channel.position(keepBytes);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        return new ManifestWriter(channel, json);
    }

    /**
     * @throws IOException if the line cannot be written whole: the run cannot account for its inputs
     *                     and must stop; the manifest ends with the line before
     */
    public synchronized void append(ManifestEntry entry) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap((json.line(entry) + "\n").getBytes(StandardCharsets.UTF_8));
        long start = channel.position();
        try {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        } catch (IOException e) {
            try {
                channel.truncate(start);
                channel.position(start);
            } catch (IOException cut) {
                // The next run cuts the torn line off instead, as after a kill.
                e.addSuppressed(cut);
            }
            throw e;
        }
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            channel.force(true);
        } finally {
            channel.close();
        }
    }
}
