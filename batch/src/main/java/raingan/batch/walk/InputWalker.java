package raingan.batch.walk;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Walks the inputs lazily, depth first, each folder's entries sorted by name, so two walks
 * of the same tree give the same sequence ({@link PathOrder} within each input folder).
 *
 * <p>Files given directly are always converted. Inside folders, junk and hidden entries are
 * {@link WalkEntry.Kind#SKIPPED skipped} ({@link SkipRules}); symbolic links are followed as the
 * {@link LinkPolicy} says (by default only to targets inside the folders given), except those that
 * loop back to a folder being walked, and those not followed are skipped with the reason; a folder or link that
 * cannot be read is reported as {@link WalkEntry.Kind#UNREADABLE}; nothing the walk meets is
 * fatal. The output folder is never entered. Names that are not valid UTF-8 are read all the
 * same and named losslessly ({@link FileNames}). Memory is one sorted listing per folder level.
 *
 * <p>Every command that reads documents walks its inputs here, so {@code convert}, {@code audit},
 * {@code text} and {@code eval} agree on what counts as an input.
 */
public final class InputWalker implements Iterator<WalkEntry> {

    private record Frame(Path dir, String prefix, Path realDir, Iterator<Child> children) {
    }

    /** An entry of a folder listing: its name as the manifest gives it, and the listing's own Path, bytes intact. */
    private record Child(String name, Path fileName) {
    }

    private final Iterator<Path> inputs;
    private final LinkPolicy links;
    private final List<Path> rootsReal;
    private final Set<Path> notEnteredReal;
    private final Set<Path> ownFiles;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private WalkEntry next;

    /**
     * @param inputs      files and folders, walked in this order
     * @param notEntered  folders never entered, e.g. the output folder; they need not exist
     * @param ownFiles    files raingan writes outside them (JSON Lines, summary): skipped if met
     * @param links       which symbolic links to follow
     */
    public InputWalker(List<Path> inputs, List<Path> notEntered, List<Path> ownFiles, LinkPolicy links) {
        this.inputs = List.copyOf(inputs).iterator();
        this.links = links;
        List<Path> roots = new ArrayList<>();
        for (Path p : inputs) {
            Path r = Files.isDirectory(p) ? realOrNull(p) : null;
            if (r != null) {
                roots.add(r);
            }
        }
        this.rootsReal = List.copyOf(roots);
        Set<Path> real = new HashSet<>();
        for (Path p : notEntered) {
            Path r = realOrNull(p);
            if (r != null) {
                real.add(r);
            }
        }
        this.notEnteredReal = Set.copyOf(real);
        Set<Path> own = new HashSet<>();
        for (Path p : ownFiles) {
            own.add(canonical(p));
        }
        this.ownFiles = Set.copyOf(own);
    }

    /** Following only the links that stay inside the folders given. */
    public InputWalker(List<Path> inputs, List<Path> notEntered, List<Path> ownFiles) {
        this(inputs, notEntered, ownFiles, LinkPolicy.STAY_INSIDE);
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public WalkEntry next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        WalkEntry e = next;
        next = null;
        return e;
    }

    private WalkEntry advance() {
        while (true) {
            Frame frame = stack.peek();
            if (frame == null) {
                if (!inputs.hasNext()) {
                    return null;
                }
                WalkEntry top = startInput(inputs.next());
                if (top != null) {
                    return top;
                }
                continue;
            }
            if (!frame.children().hasNext()) {
                stack.pop();
                continue;
            }
            Child child = frame.children().next();
            WalkEntry e = visit(frame, child);
            if (e != null) {
                return e;
            }
        }
    }

    private WalkEntry startInput(Path input) {
        String name = input.getFileName() == null ? input.toString() : input.getFileName().toString();
        if (Files.isDirectory(input)) {
            Path real = realOrNull(input);
            if (real != null && notEnteredReal.contains(real)) {
                return null;
            }
            return enter(input, "", real, name);
        }
        if (Files.isRegularFile(input)) {
            return WalkEntry.file(input, name);
        }
        if (Files.exists(input)) {
            return new WalkEntry(input, name, WalkEntry.Kind.SKIPPED, "not a regular file (a pipe, socket or device)");
        }
        return new WalkEntry(input, name, WalkEntry.Kind.UNREADABLE,
                Files.exists(input, LinkOption.NOFOLLOW_LINKS) ? "broken symbolic link" : "no such file or folder");
    }

    private WalkEntry visit(Frame frame, Child entry) {
        String child = entry.name();
        Path path = frame.dir().resolve(entry.fileName());
        String name = frame.prefix() + child;
        BasicFileAttributes own;
        try {
            own = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return new WalkEntry(path, name, WalkEntry.Kind.UNREADABLE, "cannot read attributes: " + e.getMessage());
        }
        String skip = SkipRules.reason(child, own.isDirectory());
        if (skip != null) {
            return skipped(path, name, skip);
        }
        if (frame.realDir() != null && ownFiles.contains(frame.realDir().resolve(entry.fileName()))) {
            return skipped(path, name, "raingan's own output");
        }
        BasicFileAttributes target = own;
        if (own.isSymbolicLink()) {
            try {
                target = Files.readAttributes(path, BasicFileAttributes.class);
            } catch (NoSuchFileException e) {
                return new WalkEntry(path, name, WalkEntry.Kind.UNREADABLE, "broken symbolic link to " + linkTarget(path));
            } catch (IOException e) {
                return new WalkEntry(path, name, WalkEntry.Kind.UNREADABLE, "cannot follow symbolic link: " + e.getMessage());
            }
        }
        Path real = own.isSymbolicLink() || target.isDirectory() ? realOrNull(path) : null;
        if (own.isSymbolicLink() && links == LinkPolicy.STAY_INSIDE && !insideRoots(real)) {
            return skipped(path, name, "symbolic link to " + real + ", outside the folders given: not followed"
                    + " (--follow-links follows it)");
        }
        if (target.isDirectory()) {
            if (real != null && notEnteredReal.contains(real)) {
                return null;
            }
            String ancestor = ancestorName(real);
            if (ancestor != null) {
                return skipped(path, name, "symbolic link loop: points back to "
                        + (ancestor.isEmpty() ? "the input folder" : "folder " + ancestor)
                        + ", whose files are already included");
            }
            return enter(path, name + "/", real, name);
        }
        if (target.isRegularFile()) {
            return WalkEntry.file(path, name);
        }
        return skipped(path, name, "not a regular file (a pipe, socket or device)");
    }

    /** Pushes a folder's sorted listing; an unreadable folder becomes an entry instead. */
    private WalkEntry enter(Path dir, String prefix, Path real, String name) {
        List<Child> children = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(dir)) {
            for (Path p : listing) {
                children.add(new Child(FileNames.of(p.getFileName()), p.getFileName()));
            }
        } catch (IOException e) {
            return new WalkEntry(dir, name, WalkEntry.Kind.UNREADABLE, "cannot list folder: " + e);
        }
        children.sort(Comparator.comparing(Child::name));
        stack.push(new Frame(dir, prefix, real, children.iterator()));
        return null;
    }

    /** The relative name of the folder being walked that {@code real} is, or null if none. */
    private String ancestorName(Path real) {
        if (real == null) {
            return null;
        }
        for (Frame f : stack) {
            if (real.equals(f.realDir())) {
                String p = f.prefix();
                return p.isEmpty() ? "" : p.substring(0, p.length() - 1);
            }
        }
        return null;
    }

    /** True when the real path lies inside one of the folders given (or is one). */
    private boolean insideRoots(Path real) {
        if (real == null) {
            return false;
        }
        for (Path root : rootsReal) {
            if (real.startsWith(root)) {
                return true;
            }
        }
        return false;
    }

    private static WalkEntry skipped(Path path, String name, String reason) {
        return new WalkEntry(path, name, WalkEntry.Kind.SKIPPED, reason);
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "a missing target";
        }
    }

    /** The path with its folder resolved to the real one, so links to the folder compare equal. */
    private static Path canonical(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        Path realParent = parent == null ? null : realOrNull(parent);
        return realParent == null || abs.getFileName() == null ? abs : realParent.resolve(abs.getFileName());
    }

    private static Path realOrNull(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }
}
