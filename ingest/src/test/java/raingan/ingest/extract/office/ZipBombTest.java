package raingan.ingest.extract.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import raingan.ingest.ErrorClass;
import raingan.ingest.extract.ArchiveBombException;
import raingan.ingest.extract.ArchiveLimits;
import raingan.ingest.extract.ExtractionException;
import raingan.ingest.extract.Fixtures;

/**
 * Containers that inflate like bombs, made from the real DOCX and ODT fixtures by swapping their
 * text part for one that inflates a thousand times over (to 256 MiB here; the batch's tests take
 * one to 1.5 GiB): each must be stopped in milliseconds, allocating next to nothing.
 */
class ZipBombTest {

    private static final long BOMB_BYTES = 256L << 20;
    /** What refusing a bomb may allocate, at most: a few buffers, nothing like the part. */
    private static final long ALLOCATION_BOUND = 32L << 20;

    @TempDir
    static Path dir;

    @BeforeAll
    static void loadTheParsers() throws ExtractionException {
        // A worker's first document loads Tika and POI; what is measured below is the bomb alone.
        Fixtures.read(new TikaOfficeExtractor(ArchiveLimits.DEFAULTS), "report.docx");
    }

    @ParameterizedTest
    @CsvSource({"report.docx, word/document.xml", "report.odt, content.xml"})
    void aPartThatInflatesAThousandTimesOverIsStoppedAtOnce(String fixture, String part) throws IOException {
        Path bomb = withPart(fixture, part, repeated(BOMB_BYTES), dir.resolve("bomb-" + fixture));
        assertTrue(Files.size(bomb) < BOMB_BYTES / 500, "a small file: " + Files.size(bomb));
        TikaOfficeExtractor extractor = new TikaOfficeExtractor(ArchiveLimits.DEFAULTS);

        long allocatedBefore = allocatedByThisThread();
        long start = System.nanoTime();
        ArchiveBombException e = assertThrows(ArchiveBombException.class, () -> Fixtures.read(extractor, bomb));
        long millis = (System.nanoTime() - start) / 1_000_000;
        long allocated = allocatedByThisThread() - allocatedBefore;

        assertEquals(ErrorClass.ARCHIVE_BOMB, e.errorClass());
        assertEquals("its part " + part + " inflates to more than 100 times its " + compressedSize(bomb, part)
                + " compressed bytes", e.getMessage());
        assertTrue(millis < 500, "stopped in " + millis + " ms");
        assertTrue(allocated < ALLOCATION_BOUND, "allocated " + allocated + " bytes");
    }

    @Test
    void aPartWithinTheRatioButPastTheSizeLimitIsStopped() throws IOException {
        // Random digits compress only about 2 to 1: the ratio passes, 4 MiB exceeds a 1 MiB limit.
        Path big = withPart("report.docx", "word/document.xml", randomDigits(4 << 20), dir.resolve("big.docx"));
        TikaOfficeExtractor extractor = new TikaOfficeExtractor(ArchiveLimits.DEFAULTS.withMaxInflatedBytes(1 << 20));

        ArchiveBombException e = assertThrows(ArchiveBombException.class, () -> Fixtures.read(extractor, big));

        assertEquals("its part word/document.xml inflates to more than 1 MiB", e.getMessage());
    }

    @Test
    void moreThanTheLimitOfPartsIsStopped() throws IOException {
        int parts = partCount(Fixtures.path("report.docx"));
        TikaOfficeExtractor extractor = new TikaOfficeExtractor(new ArchiveLimits(1 << 20, 100, parts - 1));

        ArchiveBombException e = assertThrows(ArchiveBombException.class,
                () -> Fixtures.read(extractor, "report.docx"));

        assertTrue(e.getMessage().startsWith("it holds more than " + (parts - 1) + " parts"), e.getMessage());
    }

    @Test
    void aRaisedRatioReadsWhatTheDefaultStops() throws IOException, ExtractionException {
        // 2 MiB of one letter inside a paragraph: about 1 000 to 1, a bomb by default.
        String paragraph = "<w:p><w:r><w:t>" + "ก".repeat(1 << 20) + "</w:t></w:r></w:p>";
        Path dense = withPart("report.docx", "word/document.xml", documentXml(paragraph), dir.resolve("dense.docx"));
        assertThrows(ArchiveBombException.class,
                () -> Fixtures.read(new TikaOfficeExtractor(ArchiveLimits.DEFAULTS), dense));

        String text = Fixtures.read(new TikaOfficeExtractor(ArchiveLimits.DEFAULTS.withMaxRatio(5_000)), dense)
                .joined();

        assertEquals(1 << 20, text.strip().length());
    }

    @Test
    void manySmallPartsThatAddUpPastTheSizeLimitAreStopped() throws IOException {
        // Eight parts of 256 KiB: each within a 1 MiB limit, together twice as much.
        Path many = dir.resolve("many.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(many))) {
            for (int i = 0; i < 8; i++) {
                zip.putNextEntry(new ZipEntry("word/media/part" + i + ".bin"));
                randomDigits(256 << 10).writeTo(zip);
                zip.closeEntry();
            }
        }
        TikaOfficeExtractor extractor = new TikaOfficeExtractor(ArchiveLimits.DEFAULTS.withMaxInflatedBytes(1 << 20));

        ArchiveBombException e = assertThrows(ArchiveBombException.class, () -> Fixtures.read(extractor, many));

        assertEquals("its parts together inflate to more than 1 MiB", e.getMessage());
    }

    private static long allocatedByThisThread() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
                .getCurrentThreadAllocatedBytes();
    }

    /** The fixture with one part replaced by what {@code content} writes; every other part as it was. */
    private static Path withPart(String fixture, String part, Content content, Path target) throws IOException {
        try (ZipFile source = new ZipFile(Fixtures.path(fixture).toFile());
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            // Deflate's best level is also its fastest on a run of one letter.
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (Enumeration<? extends ZipEntry> entries = source.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(part)) {
                    content.writeTo(zip);
                } else {
                    try (InputStream in = source.getInputStream(entry)) {
                        in.transferTo(zip);
                    }
                }
                zip.closeEntry();
            }
        }
        return target;
    }

    @FunctionalInterface
    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** {@code size} bytes of one letter: deflate packs them about 1 000 to 1. */
    private static Content repeated(long size) {
        return out -> {
            byte[] block = new byte[1 << 20];
            Arrays.fill(block, (byte) 'A');
            for (long written = 0; written < size; written += block.length) {
                out.write(block);
            }
        };
    }

    private static Content randomDigits(int size) {
        return out -> {
            byte[] digits = new byte[size];
            Random random = new Random(15);
            for (int i = 0; i < size; i++) {
                digits[i] = (byte) ('0' + random.nextInt(10));
            }
            out.write(digits);
        };
    }

    private static Content documentXml(String body) {
        return out -> out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + body + "</w:body></w:document>").getBytes(StandardCharsets.UTF_8));
    }

    private static long compressedSize(Path zip, String part) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return file.getEntry(part).getCompressedSize();
        }
    }

    private static int partCount(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return file.size();
        }
    }
}
