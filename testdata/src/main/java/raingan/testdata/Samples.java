package raingan.testdata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Predicate;
import raingan.model.RecordJson;
import raingan.testdata.generate.DefectKind;
import raingan.testdata.generate.GeneratedReport;
import raingan.testdata.generate.ReportGenerator;
import raingan.testdata.print.EntryLayout;
import raingan.testdata.print.PrintLayout;
import raingan.testdata.print.TextExportWriter;
import raingan.testdata.render.ChromiumPdfRenderer;
import raingan.testdata.render.LibreOfficeDocxRenderer;
import raingan.testdata.render.RenderException;
import raingan.testdata.render.ScanRenderer;

/**
 * Writes the bundled samples ({@code testdata/samples/}): four generated reports, each the
 * first seed from a fixed start that shows what the sample is for, with their truth in
 * {@code samples-truth/<id>.json} beside them.
 * <ul>
 *   <li>{@code sample-1.txt}: text export, multi-line entries, with print-only defects;</li>
 *   <li>{@code sample-2.txt} and {@code sample-2.docx}: tab-separated entries, as the seed's
 *       second page, with an empty, unnumbered or progress-less entry;</li>
 *   <li>{@code sample-3.pdf}: the printed form with a text layer, with an impossible date
 *       or disbursements that do not add up;</li>
 *   <li>{@code sample-4.pdf}: a 300-dpi scan of a short report.</li>
 * </ul>
 */
public final class Samples {

    private static final long START = 25630401L;

    private final ReportGenerator generator = new ReportGenerator();

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: Samples OUT_DIR");
            System.exit(2);
        }
        try {
            new Samples().write(Path.of(args[0]));
        } catch (RenderException e) {
            System.err.println("samples: " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Writes the four samples and their truth under {@code out}.
     *
     * @throws RenderException if a file cannot be written or rendered
     */
    /**
     * The truth folder beside the samples ({@code samples-truth} for {@code samples}), not inside
     * it: converting the samples folder must meet documents only.
     */
    public static Path truthOf(Path samples) {
        return samples.resolveSibling(samples.getFileName() + "-truth");
    }

    public void write(Path out) throws RenderException {
        GeneratedReport one = first("sample-1", EntryLayout.MULTI_LINE, r -> has(r, DefectKind.LIST_NUMBERING)
                && has(r, DefectKind.STRAY_MARKUP) && r.truth().reports().size() >= 6);
        GeneratedReport two = first("sample-2", EntryLayout.TABBED, r -> (has(r, DefectKind.EMPTY_ENTRY)
                || has(r, DefectKind.MISSING_PROGRESS) || has(r, DefectKind.ENTRY_WITHOUT_NUMBER))
                && r.truth().reports().stream().anyMatch(e -> !e.citedDocuments().isEmpty()));
        GeneratedReport three = first("sample-3", null, r -> (has(r, DefectKind.IMPOSSIBLE_DATE)
                || has(r, DefectKind.DISBURSEMENT_MISMATCH)) && r.truth().project().budgetReceived().scale() > 0);
        GeneratedReport four = first("sample-4", null, r -> r.truth().reports().size() <= 3
                && r.truth().project().rationale().size() == 1 && r.truth().project().objectives().size() <= 2
                && r.truth().project().targets().size() <= 2 && !r.defects().isEmpty());
        RecordJson json = new RecordJson();
        TextExportWriter text = new TextExportWriter();
        try {
            Path truth = truthOf(out);
            Files.createDirectories(truth);
            for (GeneratedReport r : List.of(one, two, three, four)) {
                Files.writeString(truth.resolve(r.id() + ".json"), json.pretty(r.truth()),
                        StandardCharsets.UTF_8);
            }
            Files.writeString(out.resolve("sample-1.txt"), text.write(one.printout()), StandardCharsets.UTF_8);
            Files.writeString(out.resolve("sample-2.txt"), text.write(two.printout()), StandardCharsets.UTF_8);
            new LibreOfficeDocxRenderer().render(List.of(two.printout()), out);
            Path scratch = Files.createTempDirectory("raingan-samples-");
            List<Path> pdfs = new ChromiumPdfRenderer().render(List.of(three.printout(), four.printout()), scratch);
            Files.copy(pdfs.get(0), out.resolve("sample-3.pdf"), StandardCopyOption.REPLACE_EXISTING);
            new ScanRenderer().render(pdfs.get(1), out.resolve("sample-4.pdf"), four.seed());
            for (Path p : pdfs) {
                Files.delete(p);
            }
            Files.delete(scratch);
        } catch (IOException e) {
            throw new RenderException("cannot write the samples: " + e.getMessage(), e);
        }
    }

    private GeneratedReport first(String id, EntryLayout layout, Predicate<GeneratedReport> wanted) {
        for (int i = 0; i < 100_000; i++) {
            GeneratedReport r = generator.generate(id, ReportGenerator.seedFor(START, i), layout, PrintLayout.RULED);
            if (wanted.test(r)) {
                return r;
            }
        }
        throw new IllegalStateException("no seed makes " + id);
    }

    private static boolean has(GeneratedReport r, DefectKind kind) {
        return r.defects().stream().anyMatch(d -> d.kind() == kind);
    }
}
