package raingan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import raingan.ingest.extract.ExtractedText;
import raingan.ingest.extract.ExtractionSettings;
import raingan.ingest.extract.PageText;
import raingan.ingest.pipeline.Converter;
import raingan.ingest.source.SourceDocument;

@Command(name = "text",
        mixinStandardHelpOptions = true,
        description = {
            "Prints a document's text as raingan reads it.",
            "",
            "Page by page, extracted, OCR'd where needed and normalised, with how each page was read: to see why a field came out wrong."})
final class TextCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "One document.")
    Path file;

    @Mixin
    ReadingOptions reading;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ExtractionSettings settings = reading.settings();
        try (Converter converter = new Converter(settings)) {
            ExtractedText text = converter.read(SourceDocument.of(file));
            for (PageText page : text.pages()) {
                out.printf("--- page %d: %s%s%s%n", page.number(), page.method().json(),
                        page.textLayerScore() == null ? "" : String.format(", text layer score %.2f", page.textLayerScore()),
                        page.ocrConfidence() == null ? "" : String.format(", OCR confidence %.2f", page.ocrConfidence()));
                out.println(page.text());
            }
        }
        out.flush();
        return 0;
    }
}
