package raingan.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import raingan.ingest.eval.RecordScore;
import raingan.ingest.extract.ExtractionSettings;
import raingan.ingest.pipeline.Converter;
import raingan.ingest.source.SourceDocument;
import raingan.model.PageMethod;
import raingan.model.RecordJson;
import raingan.testdata.Corpus;
import raingan.testdata.CorpusDocument;
import raingan.testdata.Format;

/**
 * Generated reports rendered for real (Chromium, LibreOffice, 300-dpi scans, damaged text
 * layers), converted through the whole pipeline with real OCR, and scored against their
 * ground truth as raingan eval and shared/tools/score-record do. The floors guard against
 * regressions; the figures of a full run are in README.md ("Accuracy").
 */
class CorpusAccuracyIT {

    /**
     * Floors per format: text-born formats near perfect; OCR'd ones (the ruled print, scanned, or
     * its text layer damaged) bounded by Tesseract, one document each, so a floor below the
     * corpus's 90 %.
     */
    private static final Map<Format, Double> FLOOR = Map.of(
            Format.TEXT, 0.99, Format.PDF, 0.99, Format.DOCX, 0.99,
            Format.SCAN, 0.80, Format.DAMAGED, 0.80);

    @TempDir
    Path dir;

    @Test
    void everyFormatConvertsToItsTruthAboveItsFloor() throws Exception {
        List<CorpusDocument> docs = Corpus.generate(dir, 3, 4242L, Set.of(Format.TEXT, Format.PDF, Format.DOCX));
        List<CorpusDocument> scanned = Corpus.generate(dir.resolve("ocr"), 1, 77L, Set.of(Format.SCAN, Format.DAMAGED));
        RecordJson json = new RecordJson();
        Map<Format, RecordScore> scores = new EnumMap<>(Format.class);
        try (Converter converter = new Converter(ExtractionSettings.defaults())) {
            for (List<CorpusDocument> set : List.of(docs, scanned)) {
                for (CorpusDocument doc : set) {
                    JsonNode truth = json.mapper().readTree(doc.truth().toFile());
                    for (Map.Entry<Format, Path> file : doc.files().entrySet()) {
                        var record = converter.convert(SourceDocument.of(file.getValue()));
                        scores.merge(file.getKey(), RecordScore.of(truth, json.tree(record)), RecordScore::plus);
                        if (file.getKey() == Format.SCAN || file.getKey() == Format.DAMAGED) {
                            assertTrue(record.source().pages().stream().allMatch(p -> p.method() == PageMethod.OCR),
                                    file.getValue() + " must have been read by OCR, not skipped");
                        }
                    }
                }
            }
        }
        List<Executable> checks = new ArrayList<>();
        FLOOR.forEach((format, floor) -> checks.add(() -> {
            RecordScore s = scores.get(format);
            assertTrue(s != null && s.exactShare() >= floor, format + ": " + (s == null ? "no documents"
                    : String.format("%.3f of %d fields exact, below %.2f", s.exactShare(), s.fields(), floor)));
        }));
        assertAll(checks);
    }
}
