package raingan.batch.run;

import java.util.ArrayList;
import java.util.List;
import raingan.testdata.generate.ReportGenerator;
import raingan.testdata.print.TextExportWriter;

/**
 * Archives of realistic reports for the batch tests, from the test-document generator: report
 * {@code i} of a seed is always the same text export.
 */
public final class GeneratedReports {

    private final ReportGenerator generator = new ReportGenerator();
    private final TextExportWriter exports = new TextExportWriter();
    private final long seed;

    public GeneratedReports(long seed) {
        this.seed = seed;
    }

    /** Report {@code i} as the BMA system's plain-text export. */
    public String report(int i) {
        return exports.write(generator.generate("batch-" + i, ReportGenerator.seedFor(seed, i)).printout());
    }

    /** The report's text as lines of at most {@code width} characters, for laying out on PDF pages. */
    public List<String> lines(int i, int width) {
        List<String> lines = new ArrayList<>();
        for (String line : report(i).split("\n")) {
            String l = line.replace("\t", " ").replace("*", "");
            while (l.length() > width) {
                int cut = l.lastIndexOf(' ', width);
                cut = cut <= 0 ? width : cut;
                lines.add(l.substring(0, cut));
                l = l.substring(cut).strip();
            }
            if (!l.isBlank()) {
                lines.add(l);
            }
        }
        return lines;
    }
}
