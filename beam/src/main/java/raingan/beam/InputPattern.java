package raingan.beam;

import java.io.Serializable;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.function.Consumer;
import raingan.batch.walk.InputWalker;
import raingan.batch.walk.LinkPolicy;
import raingan.batch.walk.WalkEntry;

/**
 * What {@code --input} names: a file, a folder, or a glob below a folder ({@code /data/2563/**},
 * {@code /data/*}{@code /*.pdf}). It is walked by the batch's own walk, from the folder before
 * the first wildcard, and what the walk finds is kept when its path relative to that folder
 * matches the rest of the glob. So a folder's inputs have the names, skips and failures that
 * {@code raingan convert} gives them, and {@code DIR/**} is the same set as {@code convert DIR}.
 *
 * <p>Not Beam's own file matching: on a local file system it follows links that loop back
 * (matching one archive over and over), reads hidden files and office lock files as inputs, and
 * silently drops broken links, which the batch reports.
 */
final class InputPattern implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String WILDCARDS = "*?[{";

    private final String spec;
    private final String root;
    /** The glob below {@link #root}; null for everything the walk finds. */
    private final String glob;

    private InputPattern(String spec, String root, String glob) {
        this.spec = spec;
        this.root = root;
        this.glob = glob;
    }

    /**
     * @throws IllegalArgumentException for a URL ({@code gs://…}): inputs must be on a file system
     *                                  every worker mounts
     */
    static InputPattern parse(String spec) {
        String path = spec.startsWith("file:") ? spec.substring("file:".length()) : spec;
        if (path.contains("://")) {
            throw new IllegalArgumentException("--input " + spec + ": raingan reads inputs from a file system every"
                    + " worker mounts (a local disk, NFS); copy the files there, or mount the bucket");
        }
        int wildcard = firstWildcard(path);
        if (wildcard < 0) {
            return new InputPattern(spec, path, null);
        }
        int slash = path.lastIndexOf('/', wildcard);
        String root = slash < 0 ? "." : slash == 0 ? "/" : path.substring(0, slash);
        return new InputPattern(spec, root, path.substring(slash + 1));
    }

    /** The folder (or file) the walk starts from. */
    Path root() {
        return Path.of(root);
    }

    /**
     * Gives everything the walk finds that the glob keeps, in the walk's order, one at a time
     * (an archive's listing is never held whole).
     *
     * @param notEntered folders the walk must not enter (the job's own output)
     */
    void walk(List<Path> notEntered, Consumer<InputFile> found) {
        PathMatcher matcher = glob == null ? null : FileSystems.getDefault().getPathMatcher("glob:" + glob);
        InputWalker walker = new InputWalker(List.of(root()), notEntered, List.of(), LinkPolicy.STAY_INSIDE);
        while (walker.hasNext()) {
            WalkEntry e = walker.next();
            if (matcher == null || matcher.matches(Path.of(e.name()))) {
                found.accept(InputFile.of(e));
            }
        }
    }

    @Override
    public String toString() {
        return spec;
    }

    private static int firstWildcard(String path) {
        for (int i = 0; i < path.length(); i++) {
            if (WILDCARDS.indexOf(path.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
