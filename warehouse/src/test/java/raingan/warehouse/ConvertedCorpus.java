package raingan.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import raingan.batch.run.BatchOptions;
import raingan.batch.run.BatchRunner;
import raingan.batch.run.ProgressMode;
import raingan.model.RecordJson;
import raingan.testdata.Corpus;
import raingan.testdata.Format;
import raingan.testdata.render.RenderException;

/**
 * Generated text reports converted by {@code raingan convert}: the output folder (records,
 * manifest, findings.jsonl) and the JSON Lines export that the tests load.
 */
record ConvertedCorpus(Path inputs, Path out, Path jsonl) {

    static ConvertedCorpus write(Path dir, int count, long seed) throws IOException, RenderException {
        Corpus.generate(dir.resolve("corpus"), count, seed, EnumSet.of(Format.TEXT));
        Path inputs = dir.resolve("corpus/text");
        Path out = dir.resolve("out");
        Path jsonl = dir.resolve("records.jsonl");
        new BatchRunner(BatchOptions.of(List.of(inputs), out).withThreads(2).withProgress(ProgressMode.QUIET)
                .withJsonl(jsonl)).run();
        return new ConvertedCorpus(inputs, out, jsonl);
    }

    /** findings.jsonl counted by rule. */
    Map<String, Long> findingsPerRule() throws IOException {
        RecordJson json = new RecordJson();
        Map<String, Long> counts = new TreeMap<>();
        for (String line : Files.readAllLines(out.resolve("findings.jsonl"))) {
            counts.merge(json.mapper().readTree(line).get("rule").asText(), 1L, Long::sum);
        }
        return counts;
    }

    /** How many records the JSON Lines export holds. */
    long records() throws IOException {
        try (var lines = Files.lines(jsonl)) {
            return lines.filter(l -> !l.isBlank()).count();
        }
    }
}
