package raingan.batch.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import raingan.batch.manifest.Manifest;
import raingan.batch.manifest.ManifestEntry;
import raingan.model.RecordJson;

/** What a batch left in its output folder, read back for comparing runs. */
final class OutputFolders {

    private static final RecordJson JSON = new RecordJson();

    private OutputFolders() {
    }

    /** The manifest's lines by path, in file order; each must be whole, and one per path. */
    static Map<String, ManifestEntry> manifest(Path out) throws IOException {
        Map<String, ManifestEntry> byPath = new LinkedHashMap<>();
        for (String line : Files.readAllLines(out.resolve(Manifest.FILE_NAME))) {
            ManifestEntry e = JSON.mapper().readValue(line, ManifestEntry.class);
            assertEquals(null, byPath.put(e.path(), e), "a second line for " + e.path());
        }
        return byPath;
    }

    static List<ManifestEntry> withoutTimes(Map<String, ManifestEntry> m) {
        return m.values().stream().map(e -> e.withMillis(0)).toList();
    }

    /** Every file under a folder but the manifest (compared apart), relative path → content. */
    static Map<String, String> files(Path root) throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (Files.isRegularFile(p) && !p.getFileName().toString().equals(Manifest.FILE_NAME)) {
                    all.put(root.relativize(p).toString(), Files.readString(p));
                }
            }
        }
        return all;
    }
}
