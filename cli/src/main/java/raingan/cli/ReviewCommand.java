package raingan.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import raingan.review.ReviewOptions;
import raingan.review.ReviewReport;
import raingan.review.ReviewSummary;

@Command(name = "review",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Writes an HTML report of a converted batch for auditors to look at in a browser, offline.",
            "",
            "REPORT_DIR/index.html lists every document of OUT_DIR's manifest (status, method, OCR confidence, findings by severity) in a paged table with a search box (project code, agency, rule, file, name) and filters. Each converted document has a page: its page images with the fields drawn where they were read (from the record's provenance), the record's values, its findings linked to the values they are about, and a chart of progress %% and cumulative disbursement over the fiscal year.",
            "",
            "Page images need the documents themselves: give --input, the folder that was converted (each document is INPUT/<its manifest path>, and is shown only if its sha256 is still the one converted). Without --input the pages list the fields alone. Text exports and office files have no page images.",
            "",
            "The report is static files (fonts and the chart library included): copy the folder to hand it on."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the report was written", "1:bad usage, or OUT_DIR has no manifest, or the report could not be written"})
final class ReviewCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OUT_DIR", description = "The output folder of raingan convert (manifest.jsonl and the records).")
    Path outDir;

    @Option(names = "--html", required = true, paramLabel = "REPORT_DIR", description = "Where to write the report (created if missing; files an earlier report wrote there are overwritten).")
    Path reportDir;

    @Option(names = "--input", paramLabel = "DIR", description = "The folder that was converted, for the page images.")
    Path inputDir;

    @Option(names = "--threads", paramLabel = "N", description = "Documents rendered at once. Default: the number of cores.")
    Integer threads;

    @Option(names = "--dpi", paramLabel = "DPI", defaultValue = "" + ReviewOptions.DEFAULT_DPI,
            description = "Resolution of the page images (36-300). Default: ${DEFAULT-VALUE}.")
    int dpi;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (inputDir != null && !Files.isDirectory(inputDir)) {
            throw new ParameterException(spec.commandLine(), "--input " + inputDir + " is not a folder");
        }
        ReviewOptions options;
        try {
            options = new ReviewOptions(outDir, inputDir, reportDir,
                    threads == null ? Runtime.getRuntime().availableProcessors() : threads, dpi);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        ReviewSummary s = new ReviewReport().write(options);
        if (!quiet) {
            spec.commandLine().getErr().printf("raingan review: %d documents, %d pages, %d page images%s in %.1f s: %s%n",
                    s.documents(), s.pages(), s.pageImages(),
                    s.withoutImages() > 0 ? " (" + s.withoutImages() + " documents without their images: see their pages)" : "",
                    s.millis() / 1000.0, reportDir.resolve("index.html"));
        }
        return 0;
    }
}
