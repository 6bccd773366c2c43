package raingan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import raingan.ingest.ConversionException;
import raingan.ingest.pipeline.Converter;
import raingan.ingest.source.SourceDocument;
import raingan.model.Finding;
import raingan.model.RecordJson;
import raingan.model.ReportRecord;
import raingan.model.RuleId;
import raingan.model.Severity;

@Command(name = "audit",
        mixinStandardHelpOptions = true,
        description = {
            "Reads reports and lists what is inconsistent in each.",
            "",
            "Entries out of order, flags that contradict the status, budgets that do not add up, characters OCR got wrong… Rules and severities: see README.md, 'Findings'."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:no finding is an error", "1:some finding is an error, or a file could not be read"})
final class AuditCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Report files, or folders to read all files under.")
    List<Path> inputs;

    @Option(names = "--json", description = "One JSON object per finding per line (file, rule, severity, at, message).")
    boolean json;

    @Mixin
    ReadingOptions reading;

    @Spec
    CommandSpec spec;

    private final RecordJson recordJson = new RecordJson();
    private boolean anyErrorFinding;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Documents documents = new Documents("audit", spec.commandLine().getErr());
        int failed = documents.readEach(inputs, reading.settings(), (doc, converter) -> audit(out, doc, converter));
        out.flush();
        return failed > 0 || anyErrorFinding ? 1 : 0;
    }

    private void audit(PrintWriter out, SourceDocument doc, Converter converter) throws ConversionException {
        ReportRecord record = converter.convert(doc);
        for (Finding f : record.findings()) {
            anyErrorFinding |= f.severity() == Severity.ERROR;
            if (json) {
                out.println(recordJson.line(new FileFinding(doc.name(), f.rule(), f.severity(), f.at(), f.message())));
            }
        }
        if (!json) {
            FindingsTable.print(out, doc.name(), record);
        }
    }

    /** A finding with the file it belongs to, for --json. */
    record FileFinding(String file, RuleId rule, Severity severity, String at, String message) {
    }
}
