package raingan.ingest.source;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One input: where its bytes are, and the name it goes by in records (relative to the
 * folder the user gave, never absolute, so records do not depend on where a run happened).
 * {@code sha256} is null until {@link SourceFiles#read} has read the file, which also refused
 * it if it was empty; a caller that reads it first for its own ends (the batch, to resume)
 * passes that document on, so that the file is read once.
 */
public record SourceDocument(Path path, String name, String sha256) {

    public SourceDocument {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(name, "name");
    }

    public SourceDocument(Path path, String name) {
        this(path, name, null);
    }

    /** A file given on its own goes by its file name. */
    public static SourceDocument of(Path file) {
        return new SourceDocument(file, file.getFileName().toString());
    }

    /** A file found under a folder goes by its path relative to that folder, with '/' separators. */
    public static SourceDocument under(Path root, Path file) {
        String rel = root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
        return new SourceDocument(file, rel);
    }
}
