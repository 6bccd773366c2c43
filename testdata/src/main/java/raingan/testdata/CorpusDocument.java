package raingan.testdata;

import java.nio.file.Path;
import java.util.Map;
import raingan.testdata.generate.GeneratedReport;

/**
 * One generated document: its truth file and the file written for each format.
 *
 * @param truth  {@code DIR/truth/<id>.json}
 * @param files  {@code DIR/<format>/<id>.<ext>} for each format asked for
 */
public record CorpusDocument(String id, Path truth, Map<Format, Path> files, GeneratedReport report) {

    public CorpusDocument {
        files = Map.copyOf(files);
    }
}
