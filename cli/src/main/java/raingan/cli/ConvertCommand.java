package raingan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import raingan.ingest.ConversionException;
import raingan.ingest.extract.ExtractionSettings;
import raingan.ingest.pipeline.Converter;
import raingan.ingest.pipeline.SourceDocument;
import raingan.model.RecordJson;

@Command(name = "convert",
        mixinStandardHelpOptions = true,
        description = {
            "Converts report files, or whole folders of them, into JSON records.",
            "Each input X becomes OUT/<path of X relative to the folder given>.json",
            "(a/b.pdf under the folder given → OUT/a/b.pdf.json; a file given directly → OUT/<name>.json)."})
final class ConvertCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Report files, or folders to convert everything under.")
    List<Path> inputs;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Folder for the records.")
    Path out;

    @Option(names = "--ocr", defaultValue = "auto", paramLabel = "auto|always|never",
            description = "OCR pages without a usable text layer (auto), every page (always), or none (never). Default: ${DEFAULT-VALUE}.")
    String ocr;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        RecordJson json = new RecordJson();
        ExtractionSettings settings = ExtractionSettings.defaults().withOcr(AuditCommand.Options.ocrPolicy(ocr));
        int failed = 0;
        try (Converter converter = new Converter(settings)) {
            for (SourceDocument doc : InputFiles.list(inputs)) {
                try {
                    Path target = out.resolve(doc.name() + ".json");
                    Files.createDirectories(target.getParent());
                    Path tmp = Files.createTempFile(target.getParent(), ".raingan-", ".tmp");
                    Files.writeString(tmp, json.pretty(converter.convert(doc)));
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (ConversionException e) {
                    err.println("raingan convert: " + doc.name() + ": " + e.getMessage());
                    failed++;
                }
            }
        }
        return failed == 0 ? 0 : 2;
    }
}
