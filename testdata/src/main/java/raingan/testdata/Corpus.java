package raingan.testdata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import raingan.model.RecordJson;
import raingan.testdata.generate.GeneratedReport;
import raingan.testdata.generate.PlantedDefect;
import raingan.testdata.generate.ReportGenerator;
import raingan.testdata.print.EntryLayout;
import raingan.testdata.print.PrintLayout;
import raingan.testdata.print.Printout;
import raingan.testdata.print.TextExportWriter;
import raingan.testdata.render.ChromiumPdfRenderer;
import raingan.testdata.render.LibreOfficeDocxRenderer;
import raingan.testdata.render.PhotoRenderer;
import raingan.testdata.render.RenderException;
import raingan.testdata.render.ScanRenderer;
import raingan.testdata.render.TextLayerDamager;

/**
 * Writes a corpus of generated reports: {@code DIR/truth/<id>.json} (the ground truth),
 * {@code DIR/<format>/<id>.<ext>} for each format, and {@code DIR/truth/manifest.jsonl} (one line per
 * document: its seed, files and planted defects). Reports are rendered in batches, one Chromium
 * and one LibreOffice run per batch. The same count, seed and settings give the same truth and
 * the same text files; rendered files differ only in their embedded time stamps.
 */
public final class Corpus {

    public static final int DEFAULT_BATCH = 40;

    private final ReportGenerator generator;
    private final String idPrefix;
    private final int batchSize;
    private final EntryLayout layout;
    private final PrintLayout printLayout;

    /**
     * Ids {@code gen-0001}…, batches of {@value #DEFAULT_BATCH}, any text layout, printed ruled as the
     * system prints, the standard audit.
     */
    public Corpus() {
        this(new ReportGenerator(), "gen", DEFAULT_BATCH, null, PrintLayout.RULED);
    }

    /**
     * @param layout      the text export's entry layout for every report, or null to let each seed choose
     * @param printLayout the printed form's layout (PDF, scan, photo, damaged)
     */
    public Corpus(ReportGenerator generator, String idPrefix, int batchSize, EntryLayout layout,
                  PrintLayout printLayout) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1: " + batchSize);
        }
        this.generator = generator;
        this.idPrefix = idPrefix;
        this.batchSize = batchSize;
        this.layout = layout;
        this.printLayout = printLayout;
    }

    /** How long one format took over the whole corpus. */
    public record Timing(int documents, Duration total) {

        public Duration perDocument() {
            return documents == 0 ? Duration.ZERO : total.dividedBy(documents);
        }
    }

    /** The documents written, in id order, and the time each format took. */
    public record Result(List<CorpusDocument> documents, Map<Format, Timing> timings) {
    }

    /**
     * Writes {@code count} reports in {@code formats} under {@code out}, single-threaded: the
     * entry point for other modules' tests.
     *
     * @throws RenderException if a document cannot be written or rendered (a missing tool names
     *                         its Debian package)
     */
    public static List<CorpusDocument> generate(Path out, int count, long seed, Set<Format> formats)
            throws RenderException {
        return new Corpus().write(out, count, seed, formats, 1).documents();
    }

    /**
     * Writes the corpus with {@code threads} batches rendering at once.
     *
     * @throws RenderException if a document cannot be written or rendered
     */
    public Result write(Path out, int count, long seed, Set<Format> formats, int threads) throws RenderException {
        int width = Math.max(4, Integer.toString(count).length());
        List<List<Integer>> batches = new ArrayList<>();
        for (int from = 0; from < count; from += batchSize) {
            List<Integer> batch = new ArrayList<>();
            for (int i = from; i < Math.min(count, from + batchSize); i++) {
                batch.add(i);
            }
            batches.add(batch);
        }
        Map<Format, long[]> nanos = new EnumMap<>(Format.class);
        formats.forEach(f -> nanos.put(f, new long[1]));
        List<CorpusDocument> documents = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, batches.size())));
        try {
            List<Future<List<CorpusDocument>>> futures = new ArrayList<>();
            for (List<Integer> batch : batches) {
                futures.add(pool.submit(() -> batch(out, batch, seed, width, formats, nanos)));
            }
            for (Future<List<CorpusDocument>> f : futures) {
                documents.addAll(f.get());
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RenderException r ? r
                    : new RenderException("corpus generation failed: " + cause.getMessage(), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderException("corpus generation was interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        manifest(out, documents);
        Map<Format, Timing> timings = new EnumMap<>(Format.class);
        synchronized (nanos) {
            nanos.forEach((f, t) -> timings.put(f, new Timing(count, Duration.ofNanos(t[0]))));
        }
        return new Result(List.copyOf(documents), timings);
    }

    private List<CorpusDocument> batch(Path out, List<Integer> indices, long seed, int width, Set<Format> formats,
                                       Map<Format, long[]> nanos) throws RenderException {
        RecordJson json = new RecordJson();
        List<GeneratedReport> reports = new ArrayList<>();
        List<Map<Format, Path>> files = new ArrayList<>();
        List<Path> truths = new ArrayList<>();
        for (int i : indices) {
            String id = idPrefix + "-" + String.format(Locale.ROOT, "%0" + width + "d", i + 1);
            GeneratedReport report = generator.generate(id, ReportGenerator.seedFor(seed, i), layout, printLayout);
            reports.add(report);
            files.add(new EnumMap<>(Format.class));
            Path truth = out.resolve("truth").resolve(id + ".json");
            write(truth, json.pretty(report.truth()));
            truths.add(truth);
        }
        List<Printout> printouts = reports.stream().map(GeneratedReport::printout).toList();
        if (formats.contains(Format.TEXT)) {
            long t = System.nanoTime();
            TextExportWriter text = new TextExportWriter();
            for (int i = 0; i < reports.size(); i++) {
                Path file = out.resolve(Format.TEXT.folder()).resolve(reports.get(i).id() + ".txt");
                write(file, text.write(printouts.get(i)));
                files.get(i).put(Format.TEXT, file);
            }
            add(nanos, Format.TEXT, t);
        }
        if (formats.stream().anyMatch(Format::needsPdf)) {
            pdfFamily(out, reports, printouts, files, formats, nanos);
        }
        if (formats.contains(Format.DOCX)) {
            long t = System.nanoTime();
            List<Path> docx = new LibreOfficeDocxRenderer().render(printouts, out.resolve(Format.DOCX.folder()));
            for (int i = 0; i < docx.size(); i++) {
                files.get(i).put(Format.DOCX, docx.get(i));
            }
            add(nanos, Format.DOCX, t);
        }
        List<CorpusDocument> documents = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            documents.add(new CorpusDocument(reports.get(i).id(), truths.get(i), files.get(i), reports.get(i)));
        }
        return documents;
    }

    private static void pdfFamily(Path out, List<GeneratedReport> reports, List<Printout> printouts,
                                  List<Map<Format, Path>> files, Set<Format> formats, Map<Format, long[]> nanos)
            throws RenderException {
        Path scratch = null;
        try {
            boolean keep = formats.contains(Format.PDF);
            Path pdfDir = keep ? out.resolve(Format.PDF.folder()) : (scratch = Files.createTempDirectory("raingan-pdf-"));
            long t = System.nanoTime();
            List<Path> pdfs = new ChromiumPdfRenderer().render(printouts, pdfDir);
            // The text PDF is the source of the scans, photos and damaged copies: its time counts for each.
            long pdfNanos = System.nanoTime() - t;
            for (Format f : formats) {
                if (f.needsPdf()) {
                    addElapsed(nanos, f, pdfNanos);
                }
            }
            for (int i = 0; i < reports.size(); i++) {
                GeneratedReport report = reports.get(i);
                Path pdf = pdfs.get(i);
                if (keep) {
                    files.get(i).put(Format.PDF, pdf);
                }
                if (formats.contains(Format.DAMAGED)) {
                    long d = System.nanoTime();
                    Path damaged = out.resolve(Format.DAMAGED.folder()).resolve(report.id() + ".pdf");
                    Files.createDirectories(damaged.getParent());
                    Files.copy(pdf, damaged, StandardCopyOption.REPLACE_EXISTING);
                    TextLayerDamager.Damage[] kinds = TextLayerDamager.Damage.values();
                    new TextLayerDamager().damage(damaged, kinds[Math.floorMod(report.seed(), kinds.length)]);
                    files.get(i).put(Format.DAMAGED, damaged);
                    add(nanos, Format.DAMAGED, d);
                }
                if (formats.contains(Format.SCAN)) {
                    long s = System.nanoTime();
                    Path scan = out.resolve(Format.SCAN.folder()).resolve(report.id() + ".pdf");
                    new ScanRenderer().render(pdf, scan, report.seed());
                    files.get(i).put(Format.SCAN, scan);
                    add(nanos, Format.SCAN, s);
                }
                if (formats.contains(Format.PHOTO)) {
                    long p = System.nanoTime();
                    Path photo = new PhotoRenderer().render(pdf, out.resolve(Format.PHOTO.folder()), report.id(),
                            report.seed());
                    files.get(i).put(Format.PHOTO, photo);
                    add(nanos, Format.PHOTO, p);
                }
            }
        } catch (IOException e) {
            throw new RenderException("cannot write under " + out + ": " + e.getMessage(), e);
        } finally {
            delete(scratch);
        }
    }

    private static void add(Map<Format, long[]> nanos, Format format, long since) {
        addElapsed(nanos, format, System.nanoTime() - since);
    }

    private static void addElapsed(Map<Format, long[]> nanos, Format format, long elapsed) {
        synchronized (nanos) {
            nanos.get(format)[0] += elapsed;
        }
    }

    private static void write(Path file, String text) throws RenderException {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RenderException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void manifest(Path out, List<CorpusDocument> documents) throws RenderException {
        RecordJson json = new RecordJson();
        StringBuilder lines = new StringBuilder();
        for (CorpusDocument doc : documents) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("id", doc.id());
            line.put("seed", doc.report().seed());
            Map<String, String> files = new LinkedHashMap<>();
            doc.files().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> files.put(e.getKey().folder(), out.relativize(e.getValue()).toString()));
            line.put("files", files);
            List<Map<String, String>> defects = new ArrayList<>();
            for (PlantedDefect d : doc.report().defects()) {
                Map<String, String> defect = new LinkedHashMap<>();
                defect.put("kind", d.kind().name());
                defect.put("rule", d.rule().id());
                defect.put("at", d.at());
                defects.add(defect);
            }
            line.put("defects", defects);
            lines.append(json.line(line)).append('\n');
        }
        write(out.resolve("truth").resolve("manifest.jsonl"), lines.toString());
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A leftover temporary folder is harmless.
        }
    }
}
