package raingan.batch.walk;

import java.nio.file.Path;

/**
 * One thing the walk found.
 *
 * @param path    where it is
 * @param name    its path relative to the folder given ({@code /} separators), or its file name when given directly
 * @param kind    what to do with it
 * @param reason  why it is skipped or unreadable; null for a file to convert
 */
public record WalkEntry(Path path, String name, Kind kind, String reason) {

    public enum Kind {
        /** A regular file to convert. */
        FILE,
        /** Not a document: junk, hidden, a link loop, not a regular file (the manifest's {@code skipped}). */
        SKIPPED,
        /** A file or folder that could not be read (permission, broken link). */
        UNREADABLE
    }

    static WalkEntry file(Path path, String name) {
        return new WalkEntry(path, name, Kind.FILE, null);
    }
}
