package raingan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import raingan.ingest.extract.ExtractedText;
import raingan.ingest.extract.PageText;

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
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Documents documents = new Documents("text", spec.commandLine().getErr());
        int failed = documents.readEach(List.of(file), reading.settings(), (doc, converter) -> print(out, converter.read(doc)));
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    private static void print(PrintWriter out, ExtractedText text) {
        for (PageText page : text.pages()) {
            out.printf("--- page %d: %s%s%s%n", page.number(), page.method().json(),
                    page.textLayerScore() == null ? "" : String.format(", text layer score %.2f", page.textLayerScore()),
                    page.ocrConfidence() == null ? "" : String.format(", OCR confidence %.2f", page.ocrConfidence()));
            out.println(page.text());
        }
    }
}
