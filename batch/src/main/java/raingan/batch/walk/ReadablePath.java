package raingan.batch.walk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A path to an input that every library can open. Java makes a path into a String, and into the
 * {@code java.io.File} that PDFBox, ImageIO, POI and Tika open, by decoding its bytes; a name that
 * is not valid in the platform's encoding does not survive that, and the decoded path names no
 * file. Such an input is opened through a symbolic link to it, named as {@link FileNames} names it,
 * in a temporary folder of its own that {@link #close} deletes; any other input is its own path.
 */
public final class ReadablePath implements AutoCloseable {

    private final Path path;
    private final Path folder;

    private ReadablePath(Path path, Path folder) {
        this.path = path;
        this.folder = folder;
    }

    /** @throws IOException if the link to an input with an undecodable name cannot be made */
    public static ReadablePath of(Path input) throws IOException {
        if (FileNames.survivesDecoding(input)) {
            return new ReadablePath(input, null);
        }
        Path folder = Files.createTempDirectory("raingan-input-");
        try {
            Path link = Files.createSymbolicLink(folder.resolve(FileNames.of(input.getFileName())),
                    input.toAbsolutePath());
            return new ReadablePath(link, folder);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(folder);
            throw e;
        }
    }

    /** Where to open the input. */
    public Path path() {
        return path;
    }

    /** Removes the link, if one was made; the input itself is never touched. */
    @Override
    public void close() {
        if (folder == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // A link left in the temporary folder harms nothing, and must not fail the input it led to.
        }
    }
}
