package raingan.testdata.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import raingan.testdata.generate.GeneratedReport;
import raingan.testdata.generate.ReportGenerator;
import raingan.testdata.print.Printout;

/**
 * Renders two reports through the real tools (skipped where a tool is not installed) and reads
 * the results back: the text layer through {@code pdftotext -raw}, images through PDFBox.
 */
class RenderingIT {

    @TempDir
    static Path dir;

    private static List<GeneratedReport> reports;
    private static List<Path> pdfs;

    @BeforeAll
    static void printTwoReportsInOneChromiumRun() throws RenderException {
        ReportGenerator generator = new ReportGenerator();
        reports = List.of(generator.generate("gen-0001", 1001), generator.generate("gen-0002", 1002));
        if (ExternalTool.chromium().available()) {
            pdfs = new ChromiumPdfRenderer().render(reports.stream().map(GeneratedReport::printout).toList(),
                    dir.resolve("pdf"));
        }
    }

    private static String squash(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static String pdftotext(Path pdf) throws RenderException, IOException {
        Path txt = pdf.resolveSibling(pdf.getFileName() + ".txt");
        ExternalTool.pdftotext().run(List.of("-raw", pdf.toString(), txt.toString()), pdf.getParent(),
                Duration.ofSeconds(60));
        return Files.readString(txt, StandardCharsets.UTF_8);
    }

    private static void assumeTools(ExternalTool... tools) {
        for (ExternalTool tool : tools) {
            assumeTrue(tool.available(), tool.command() + " is not installed");
        }
        assumeTrue(pdfs != null, "chromium is not installed");
    }

    @Test
    void eachPdfsTextLayerHoldsItsOwnReport() throws Exception {
        assumeTools(ExternalTool.pdftotext());
        assertEquals(List.of(dir.resolve("pdf/gen-0001.pdf"), dir.resolve("pdf/gen-0002.pdf")), pdfs);
        for (int i = 0; i < 2; i++) {
            String text = squash(pdftotext(pdfs.get(i)));
            assertTrue(text.contains(squash(reports.get(i).truth().project().name())), "name of report " + i);
            assertTrue(text.contains(squash(reports.get(i).truth().project().code())), "code of report " + i);
            assertFalse(text.contains(squash(reports.get(1 - i).truth().project().code())), "other report in " + i);
            try (PDDocument doc = Loader.loadPDF(pdfs.get(i).toFile())) {
                for (PDPage page : doc.getPages()) {
                    for (PDAnnotation a : page.getAnnotations()) {
                        assertFalse(a.getCOSObject().toString().contains("raingan.invalid"), "page mark left in " + i);
                    }
                }
            }
        }
    }

    @Test
    void aDamagedTextLayerLooksTheSameButReadsWrong() throws Exception {
        assumeTools(ExternalTool.pdftotext(), ExternalTool.pdftoppm());
        Path original = pdfs.get(0);
        String clean = squash(pdftotext(original));
        assertTrue(clean.contains("ตำแหน่ง") && clean.contains("รายงานครั้งที่"));
        for (TextLayerDamager.Damage damage : TextLayerDamager.Damage.values()) {
            Path copy = dir.resolve("damaged-" + damage + ".pdf");
            Files.copy(original, copy, StandardCopyOption.REPLACE_EXISTING);
            new TextLayerDamager().damage(copy, damage);
            String text = squash(pdftotext(copy));
            switch (damage) {
                case SARA_AM_LOST -> assertTrue(text.contains("ตาแหน่ง") && !text.contains("ำ"), damage.name());
                case LEGACY_ENCODING -> assertTrue(text.contains("µÓáË¹è§") && !text.matches("(?s).*[ก-ฮ].*"),
                        damage.name());
                case NO_UNICODE_MAP -> assertFalse(text.contains("รายงาน"), damage.name());
            }
            assertArrayEquals(pixels(original), pixels(copy), damage + " changed how the page looks");
        }
    }

    @Test
    void aScanIsAnImageOnlyPdfAt300DpiTheSameForTheSameSeed() throws Exception {
        assumeTools(ExternalTool.pdftoppm(), ExternalTool.convert(), ExternalTool.img2pdf(), ExternalTool.pdftotext());
        Path onePage = firstPage(pdfs.get(0), dir.resolve("one-page.pdf"));
        Path a = dir.resolve("scan-a.pdf");
        Path b = dir.resolve("scan-b.pdf");
        new ScanRenderer().render(onePage, a, 77);
        new ScanRenderer().render(onePage, b, 77);
        assertEquals("", pdftotext(a).strip());
        try (PDDocument doc = Loader.loadPDF(a.toFile()); PDDocument again = Loader.loadPDF(b.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            PDImageXObject image = onlyImage(doc.getPage(0));
            assertEquals(300, Math.round(image.getWidth() / (doc.getPage(0).getMediaBox().getWidth() / 72f)));
            assertEquals("DCTDecode", image.getCOSObject().getCOSName(COSName.FILTER).getName());
            assertArrayEquals(raw(image), raw(onlyImage(again.getPage(0))), "same seed, different scan");
        }
    }

    @Test
    void aOnePagePhotoIsAJpegAt200Dpi() throws Exception {
        assumeTools(ExternalTool.pdftoppm(), ExternalTool.convert(), ExternalTool.img2pdf());
        Path onePage = firstPage(pdfs.get(1), dir.resolve("one-page-photo.pdf"));
        Path photo = new PhotoRenderer().render(onePage, dir.resolve("photo"), "gen-0002", 5);
        assertEquals(dir.resolve("photo/gen-0002.jpg"), photo);
        BufferedImage image = ImageIO.read(photo.toFile());
        assertEquals(1654, image.getWidth(), 3);
        assertEquals(2339, image.getHeight(), 3);
        // The desk shows at the corners the perspective pulled in: darker than the page's middle.
        assertTrue(luma(image.getRGB(2, 2)) + 40 < luma(image.getRGB(image.getWidth() / 2, image.getHeight() / 2)));
    }

    @Test
    void aDocxHoldsTheReport() throws Exception {
        assumeTrue(ExternalTool.soffice().available(), "LibreOffice is not installed");
        Printout p = reports.get(0).printout();
        List<Path> docx = new LibreOfficeDocxRenderer().render(List.of(p), dir.resolve("docx"));
        assertEquals(List.of(dir.resolve("docx/gen-0001.docx")), docx);
        try (ZipFile zip = new ZipFile(docx.get(0).toFile())) {
            String xml = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            StringBuilder text = new StringBuilder();
            Matcher m = Pattern.compile("<w:t(?: [^>]*)?>([^<]*)</w:t>").matcher(xml);
            while (m.find()) {
                text.append(m.group(1));
            }
            String words = squash(text.toString().replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&quot;", "\""));
            assertTrue(words.contains(squash(reports.get(0).truth().project().name())));
            assertTrue(words.contains(squash(reports.get(0).truth().reports().get(0).dateText())));
            assertTrue(zip.stream().anyMatch(e -> e.getName().startsWith("word/header")), "no page header");
        }
    }

    @Test
    void aMissingToolIsNamedWithItsDebianPackage() {
        ExternalTool missing = new ExternalTool("raingan-no-such-tool", "raingan-tools");
        ToolMissingException e = assertThrows(ToolMissingException.class,
                () -> missing.run(List.of(), dir, Duration.ofSeconds(5)));
        assertTrue(e.getMessage().contains("raingan-no-such-tool") && e.getMessage().contains("apt-get install raingan-tools"));
        assertEquals("raingan-tools", e.debianPackage());
    }

    @Test
    void aToolThatOverrunsItsTimeIsStopped() {
        ExternalTool sleep = new ExternalTool("sleep", "coreutils");
        assumeTrue(sleep.available());
        long start = System.nanoTime();
        RenderException e = assertThrows(RenderException.class,
                () -> sleep.run(List.of("30"), dir, Duration.ofSeconds(1)));
        assertTrue(e.getMessage().contains("did not finish within 1 s"), e.getMessage());
        assertTrue(System.nanoTime() - start < 10_000_000_000L);
    }

    private static Path firstPage(Path pdf, Path out) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile()); PDDocument one = new PDDocument()) {
            one.importPage(doc.getPage(0));
            one.save(out.toFile());
        }
        return out;
    }

    private static PDImageXObject onlyImage(PDPage page) throws IOException {
        List<PDImageXObject> images = new ArrayList<>();
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                images.add(image);
            }
        }
        assertEquals(1, images.size());
        return images.get(0);
    }

    private static byte[] raw(PDImageXObject image) throws IOException {
        try (InputStream in = image.getCOSObject().createRawInputStream()) {
            return in.readAllBytes();
        }
    }

    private static byte[] pixels(Path pdf) throws RenderException, IOException {
        Path out = pdf.resolveSibling(pdf.getFileName() + "-p1");
        ExternalTool.pdftoppm().run(List.of("-r", "40", "-f", "1", "-l", "1", "-gray", "-singlefile", pdf.toString(),
                out.toString()), pdf.getParent(), Duration.ofSeconds(60));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(Files.readAllBytes(out.resolveSibling(out.getFileName() + ".pgm")));
        return bytes.toByteArray();
    }

    private static int luma(int rgb) {
        return (((rgb >> 16) & 0xFF) * 3 + ((rgb >> 8) & 0xFF) * 6 + (rgb & 0xFF)) / 10;
    }
}
