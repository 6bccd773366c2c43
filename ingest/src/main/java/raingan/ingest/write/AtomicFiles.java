package raingan.ingest.write;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Writes files so that a reader, or a run killed at any instant, sees either the old file or
 * the whole new one: the content goes to a hidden temporary file in the same folder, is
 * flushed to disk, then renamed over the target in one step.
 *
 * <p>Temporary files are named {@code .<target name>.<random>.raingan-tmp}; a killed run can
 * leave some behind, and {@link #deleteStaleTemps} removes them before the next run.
 */
public final class AtomicFiles {

    public static final String TEMP_SUFFIX = ".raingan-tmp";

    /** Writes the body of a file; may throw, in which case the target is left as it was. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Replaces {@code target} with {@code text} (UTF-8), creating parent folders. */
    public static void write(Path target, String text) throws IOException {
        write(target, out -> out.write(text));
    }

    /**
     * Replaces {@code target} with what {@code content} writes (UTF-8), creating parent folders.
     *
     * @throws IOException if writing or the rename fails; the target is then unchanged and the temp file removed
     */
    public static void write(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = dir.resolve(tempName(target.getFileName().toString()));
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream stream = Channels.newOutputStream(channel);
                Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
                content.writeTo(writer);
                writer.flush();
                // Without this, a power cut after the rename could leave an empty file under the final name.
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * Deletes the temporary files that killed runs left anywhere under {@code dir}.
     *
     * @return how many were deleted
     * @throws IOException if the folder cannot be walked
     */
    public static int deleteStaleTemps(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int deleted = 0;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (isTemp(p.getFileName().toString()) && Files.isRegularFile(p)) {
                    Files.deleteIfExists(p);
                    deleted++;
                }
            }
        }
        return deleted;
    }

    /** Deletes the temporary files a killed run left beside {@code target} only. */
    public static int deleteStaleTempsOf(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        String prefix = "." + target.getFileName() + ".";
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path p : files) {
                String name = p.getFileName().toString();
                if (name.startsWith(prefix) && isTemp(name)) {
                    Files.deleteIfExists(p);
                    deleted++;
                }
            }
        }
        return deleted;
    }

    public static boolean isTemp(String fileName) {
        return fileName.startsWith(".") && fileName.endsWith(TEMP_SUFFIX);
    }

    private static String tempName(String targetName) {
        byte[] random = new byte[6];
        ThreadLocalRandom.current().nextBytes(random);
        return "." + targetName + "." + HexFormat.of().formatHex(random) + TEMP_SUFFIX;
    }
}
