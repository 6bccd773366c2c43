package raingan.batch.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import raingan.batch.manifest.Status;

/**
 * A realistic overnight archive: Thai text reports in year folders, text-layer PDFs, and every
 * kind of bad input an archive really holds (truncated, encrypted, bombs, a 20 000-page PDF,
 * spreadsheets, zips, random bytes, an empty file, broken and looping links, hidden files and
 * office junk). The batch tests and the Beam pipeline's test convert the same one.
 */
public final class TestArchive {

    private final Path root;
    private final GeneratedReports generator;
    /** Path → status every converter must give, whatever its extractors can read. */
    private final Map<String, Status> fixed = new TreeMap<>();
    /** Inputs whose status depends on what the extractors can read; a single-file conversion decides. */
    private final List<String> byConverter = new ArrayList<>();
    /** Inputs that no extractor may ever turn into a record. */
    private final List<String> neverOk = new ArrayList<>();

    private TestArchive(Path root, GeneratedReports generator) {
        this.root = root;
        this.generator = generator;
    }

    /** Writes the archive under {@code root}: {@code reports} text exports, {@code pdfs} text PDFs, the bad inputs. */
    public static TestArchive write(Path root, GeneratedReports generator, int reports, int pdfs)
            throws IOException {
        TestArchive a = new TestArchive(root, generator);
        a.build(reports, pdfs);
        return a;
    }

    public Path root() {
        return root;
    }

    public Map<String, Status> fixed() {
        return fixed;
    }

    public List<String> byConverter() {
        return byConverter;
    }

    public List<String> neverOk() {
        return neverOk;
    }

    /** Every input the manifest must have a line for. */
    public List<String> paths() {
        List<String> all = new ArrayList<>(fixed.keySet());
        all.addAll(byConverter);
        all.addAll(neverOk);
        return all;
    }

    private void build(int reports, int pdfs) throws IOException {
        for (int i = 0; i < reports; i++) {
            String rel = "รายงาน/" + (2561 + i % 4) + "/เขต-" + String.format("%03d", i) + ".txt";
            write(rel, generator.report(i));
            fixed.put(rel, Status.OK);
        }
        for (int i = 0; i < pdfs; i++) {
            String rel = "pdf/รายงาน-" + i + ".pdf";
            TestDocuments.textPdf(create(rel), generator.lines(1000 + i, 70));
            byConverter.add(rel);
        }
        bad("เสีย/ตัดขาด.pdf", p -> TestDocuments.truncatedPdf(p, generator.lines(2000, 70), 0.55), false);
        bad("เสีย/ลับ.pdf", p -> TestDocuments.encryptedPdf(p, generator.lines(2001, 70)), true);
        bad("เสีย/ภาพสแกน-ใหญ่.png", p -> TestDocuments.pngClaiming(p, 100_000, 100_000), true);
        bad("เสีย/สองหมื่นหน้า.pdf", p -> TestDocuments.blankPdf(p, 20_000), true);
        bad("เสีย/งบประมาณ.xlsx", TestDocuments::xlsx, true);
        bad("เสีย/รวมไฟล์.zip", p -> TestDocuments.zip(p, generator.report(3000), generator.report(3001)), true);
        bad("เสีย/สุ่ม.bin", p -> TestDocuments.randomBinary(p, 42, 64 * 1024), true);
        Files.createFile(create("เสีย/ว่างเปล่า.txt"));
        fixed.put("เสีย/ว่างเปล่า.txt", Status.FAILED);
        Files.createSymbolicLink(create("เสีย/ลิงก์เสีย.pdf"), root.resolveSibling("gone.pdf"));
        fixed.put("เสีย/ลิงก์เสีย.pdf", Status.FAILED);
        Files.createSymbolicLink(create("รายงาน/2562/ย้อนกลับ"), Path.of(".."));
        fixed.put("รายงาน/2562/ย้อนกลับ", Status.SKIPPED);
        write(".DS_Store", "\0\0\0\1Bud1");
        fixed.put(".DS_Store", Status.SKIPPED);
        write("รายงาน/Thumbs.db", "junk");
        fixed.put("รายงาน/Thumbs.db", Status.SKIPPED);
        write("รายงาน/~$เขต-000.docx", "lock");
        fixed.put("รายงาน/~$เขต-000.docx", Status.SKIPPED);
        write(".git/HEAD", "ref: refs/heads/main\n");
        fixed.put(".git", Status.SKIPPED);
    }

    @FunctionalInterface
    private interface Maker {
        void make(Path file) throws IOException;
    }

    private void bad(String rel, Maker maker, boolean mustNeverConvert) throws IOException {
        long start = System.nanoTime();
        maker.make(create(rel));
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (millis > 500) {
            System.out.printf("made %s (%d bytes) in %d ms%n", rel, Files.size(root.resolve(rel)), millis);
        }
        (mustNeverConvert ? neverOk : byConverter).add(rel);
    }

    private Path create(String rel) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        return p;
    }

    private void write(String rel, String text) throws IOException {
        Files.writeString(create(rel), text);
    }
}
