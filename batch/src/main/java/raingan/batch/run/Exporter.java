package raingan.batch.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import raingan.batch.manifest.ManifestEntry;
import raingan.batch.manifest.Status;
import raingan.ingest.write.AtomicFiles;
import raingan.ingest.write.JsonFileSink;
import raingan.model.RecordJson;

/**
 * Writes the warehouse files at the end of a run, in manifest order, from the per-file records
 * (so they are complete after a resume, when most records come from earlier runs):
 * {@code OUT/findings.jsonl}, one line per finding ({@code record, rule, severity, at, message}),
 * and optionally all records as JSON Lines. Both are replaced atomically. Holds one record at a time.
 */
final class Exporter {

    static final String FINDINGS_FILE = "findings.jsonl";

    private final Path out;
    private final JsonFileSink records;
    private final RecordJson json;
    private final ProgressReporter progress;
    private final FindingLines findingLines;

    Exporter(Path out, JsonFileSink records, RecordJson json, ProgressReporter progress) {
        this.out = out;
        this.records = records;
        this.json = json;
        this.progress = progress;
        this.findingLines = new FindingLines(json);
    }

    /**
     * @param entries the compacted manifest; only {@code ok} entries have records
     * @param jsonl   where to write the records, or null for none
     * @throws IOException if an export file cannot be written; a missing or unreadable record is a warning
     */
    void export(List<ManifestEntry> entries, Path jsonl) throws IOException {
        Path findings = out.resolve(FINDINGS_FILE);
        AtomicFiles.write(findings, findingsOut -> {
            if (jsonl == null) {
                write(entries, findingsOut, null);
            } else {
                AtomicFiles.write(jsonl, recordsOut -> write(entries, findingsOut, recordsOut));
            }
        });
    }

    private void write(List<ManifestEntry> entries, Writer findingsOut, Writer recordsOut) throws IOException {
        for (ManifestEntry e : entries) {
            if (e.status() != Status.OK) {
                continue;
            }
            Path record = records.fileOf(e.path());
            String text;
            try {
                text = Files.readString(record);
            } catch (NoSuchFileException ex) {
                progress.warn("the record of " + e.path() + " is missing from " + out + "; run again to recreate it");
                continue;
            }
            if (recordsOut != null) {
                recordsOut.write(JsonLines.compact(text));
                recordsOut.write('\n');
            }
            JsonNode tree;
            try {
                tree = json.mapper().readTree(text);
            } catch (IOException ex) {
                progress.warn("the record of " + e.path() + " is not valid JSON: " + ex.getMessage());
                continue;
            }
            for (String line : findingLines.of(e.path(), tree)) {
                findingsOut.write(line);
                findingsOut.write('\n');
            }
        }
    }
}
