package raingan.testdata;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import raingan.testdata.generate.ReportGenerator;
import raingan.testdata.print.EntryLayout;
import raingan.testdata.print.PrintLayout;
import raingan.testdata.render.RenderException;
import raingan.testdata.render.ToolMissingException;

/** The command line of the corpus generator: {@code --count N --seed S --formats text,pdf --out DIR}. */
@Command(name = "generate-corpus", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Writes realistic BMA project progress reports with their ground truth:",
            "DIR/truth/<id>.json, DIR/<format>/<id>.<ext> and DIR/truth/manifest.jsonl.",
            "The same count and seed always give the same truth and the same text files."})
public final class CorpusGenerator implements Callable<Integer> {

    @Option(names = "--count", required = true, paramLabel = "N", description = "How many reports.")
    int count;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed of the whole corpus (default 1).")
    long seed;

    @Option(names = "--formats", defaultValue = "text", split = ",", paramLabel = "F,…",
            description = "Any of text, pdf, docx, scan, photo, damaged (default text).")
    List<String> formats;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into.")
    Path out;

    @Option(names = "--id-prefix", defaultValue = "gen", paramLabel = "P", description = "Ids are P-0001, P-0002, … (default gen).")
    String idPrefix;

    @Option(names = "--text-layout", paramLabel = "L",
            description = "Entry layout of every text export: multi_line, tabbed or mixed (default: each seed chooses).")
    String textLayout;

    @Option(names = "--print-layout", defaultValue = "ruled", paramLabel = "L",
            description = "The printed form's layout: ruled (as the system prints it: ruled tables, each report in a "
                    + "font and size of its own) or flow (the earlier layout, Laksaman 16 pt). Default ruled.")
    String printLayout;

    @Option(names = "--batch", defaultValue = "" + Corpus.DEFAULT_BATCH, paramLabel = "B",
            description = "Reports per Chromium / LibreOffice run (default ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "T", description = "Batches rendered at once (default 1).")
    int threads;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new CorpusGenerator()).execute(args));
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Set<Format> wanted = EnumSet.noneOf(Format.class);
        try {
            for (String f : formats) {
                wanted.add(Format.of(f));
            }
        } catch (IllegalArgumentException e) {
            err.println("generate-corpus: unknown format in " + formats + "; use text, pdf, docx, scan, photo, damaged");
            return 2;
        }
        EntryLayout layout = textLayout == null ? null : EntryLayout.valueOf(textLayout.toUpperCase(Locale.ROOT));
        PrintLayout print;
        try {
            print = PrintLayout.valueOf(printLayout.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("generate-corpus: unknown print layout '" + printLayout + "'; use ruled or flow");
            return 2;
        }
        Corpus corpus = new Corpus(new ReportGenerator(), idPrefix, batch, layout, print);
        long start = System.nanoTime();
        try {
            Corpus.Result result = corpus.write(out, count, seed, wanted, threads);
            PrintWriter w = spec.commandLine().getOut();
            w.printf(Locale.ROOT, "%d reports written to %s in %.1f s%n", result.documents().size(), out,
                    (System.nanoTime() - start) / 1e9);
            for (Map.Entry<Format, Corpus.Timing> e : result.timings().entrySet()) {
                w.printf(Locale.ROOT, "  %-8s %8.3f s per document%n", e.getKey().folder(),
                        e.getValue().perDocument().toNanos() / 1e9);
            }
            w.flush();
            return 0;
        } catch (ToolMissingException e) {
            err.println("generate-corpus: " + e.getMessage());
            return 3;
        } catch (RenderException e) {
            err.println("generate-corpus: " + e.getMessage());
            return 1;
        }
    }
}
