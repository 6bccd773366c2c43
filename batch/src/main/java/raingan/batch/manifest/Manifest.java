package raingan.batch.manifest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import raingan.batch.walk.PathOrder;
import raingan.ingest.write.AtomicFiles;
import raingan.model.RecordJson;

/**
 * Reading and compacting {@code manifest.jsonl}, which a run appends to one line per input
 * and a kill can leave with a torn last line.
 *
 * <p>Reading tolerates damage: a last line without its newline is torn and ignored (and
 * {@link Loaded#validLength} ends before it, so an appender can cut it off), and a line that
 * is not a manifest entry is ignored and counted. When a path has several lines, the last wins.
 */
public final class Manifest {

    public static final String FILE_NAME = "manifest.jsonl";

    /**
     * What was read.
     *
     * @param entries      the last valid line of each path
     * @param badLines     lines that were not valid entries, the torn last line included
     * @param validLength  bytes up to and including the last newline: where appending may continue
     */
    public record Loaded(Map<String, ManifestEntry> entries, int badLines, long validLength) {
        public static final Loaded EMPTY = new Loaded(Map.of(), 0, 0);

        public Loaded {
            entries = Map.copyOf(entries);
        }
    }

    private Manifest() {
    }

    /**
     * Reads a manifest; a missing file reads as empty.
     *
     * @throws IOException if the file exists but cannot be read
     */
    public static Loaded read(Path file, RecordJson json) throws IOException {
        Map<String, ManifestEntry> entries = new HashMap<>();
        int bad = 0;
        long offset = 0;
        long validLength = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream(512);
            for (int b; (b = in.read()) >= 0; ) {
                offset++;
                if (b != '\n') {
                    line.write(b);
                    continue;
                }
                validLength = offset;
                String text = line.toString(StandardCharsets.UTF_8);
                line.reset();
                if (text.isBlank()) {
                    continue;
                }
                ManifestEntry entry = parse(text, json.mapper());
                if (entry == null) {
                    bad++;
                } else {
                    entries.put(entry.path(), entry);
                }
            }
            if (line.size() > 0) {
                bad++;
            }
        } catch (NoSuchFileException e) {
            return Loaded.EMPTY;
        }
        return new Loaded(entries, bad, validLength);
    }

    /**
     * Rewrites the manifest with exactly one line per path in {@code keep} that has one, in
     * {@link PathOrder}, atomically; lines of paths not in {@code keep} (inputs that are gone) are dropped.
     *
     * @return the entries written, in order
     * @throws IOException if the manifest cannot be read or replaced
     */
    public static List<ManifestEntry> compact(Path file, Set<String> keep, RecordJson json) throws IOException {
        Loaded loaded = read(file, json);
        List<ManifestEntry> entries = new ArrayList<>();
        for (ManifestEntry e : loaded.entries().values()) {
            if (keep.contains(e.path())) {
                entries.add(e);
            }
        }
        entries.sort((a, b) -> PathOrder.INSTANCE.compare(a.path(), b.path()));
        AtomicFiles.write(file, out -> {
            for (ManifestEntry e : entries) {
                out.write(json.line(e));
                out.write('\n');
            }
        });
        return entries;
    }

    private static ManifestEntry parse(String line, ObjectMapper mapper) {
        try {
            return mapper.readValue(line, ManifestEntry.class);
        } catch (IOException | RuntimeException e) {
            // A torn or hand-edited line: its input is simply converted again.
            return null;
        }
    }
}
