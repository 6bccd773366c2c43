package raingan.testdata.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A temporary folder deleted, with everything in it, when closed. */
final class Scratch implements AutoCloseable {

    private final Path dir;

    Scratch(String prefix) throws RenderException {
        try {
            dir = Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new RenderException("cannot create a temporary folder: " + e.getMessage(), e);
        }
    }

    Path dir() {
        return dir;
    }

    Path resolve(String name) {
        return dir.resolve(name);
    }

    @Override
    public void close() {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // Whatever is left sits in the system's temporary folder.
        }
    }
}
