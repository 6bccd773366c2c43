package raingan.testdata.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Makes a scanned PDF of a report: each page of its text PDF rasterised at 300 dpi in grey,
 * on grey paper, turned by 0.15–1.45° (in the PDF, before rasterising), blurred (0x0.9), with
 * Gaussian noise, saved as JPEG at
 * quality 75, and the pages assembled into an image-only PDF. The same seed gives the same
 * pages.
 */
public final class ScanRenderer {

    static final int DPI = 300;

    /** Pages past this many are scanned straight (no report comes near it). */
    private static final int MAX_PAGES = 64;

    private final Rasteriser raster = new Rasteriser();
    private final PageTilter tilter = new PageTilter();

    /**
     * Writes the scan of {@code textPdf} to {@code out}.
     *
     * @throws ToolMissingException if pdftoppm, convert or img2pdf is not installed
     * @throws RenderException      if one of them fails
     */
    public void render(Path textPdf, Path out, long seed) throws RenderException {
        try (Scratch scratch = new Scratch("raingan-scan-")) {
            SplittableRandom random = new SplittableRandom(seed);
            List<Double> angles = new ArrayList<>();
            for (int i = 0; i < MAX_PAGES; i++) {
                angles.add((0.15 + random.nextDouble() * 1.3) * (random.nextBoolean() ? 1 : -1));
            }
            Path tilted = scratch.resolve("tilted.pdf");
            tilter.tilt(textPdf, tilted, angles);
            List<Path> jpegs = new ArrayList<>();
            List<Path> pages = raster.pages(tilted, DPI, true, scratch.dir());
            for (int i = 0; i < pages.size(); i++) {
                Path jpeg = scratch.resolve("scan-" + (i + 1) + ".jpg");
                raster.convert(args(pages.get(i), jpeg, random.split()), scratch.dir());
                jpegs.add(jpeg);
            }
            Files.createDirectories(out.toAbsolutePath().getParent());
            raster.assemble(jpegs, out);
        } catch (IOException e) {
            throw new RenderException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    private static List<String> args(Path page, Path jpeg, SplittableRandom r) {
        int ink = 5 + r.nextInt(9);
        int paper = 86 + r.nextInt(8);
        double noise = 0.05 + r.nextDouble() * 0.1;
        return List.of(page.toString(), "-seed", Long.toString(r.nextInt(1_000_000)),
                "+level", ink + "%," + paper + "%", "-blur", "0x0.9", "-attenuate", fmt(noise), "+noise", "Gaussian",
                "-units", "PixelsPerInch", "-density", Integer.toString(DPI), "-quality", "75", jpeg.toString());
    }

    static String fmt(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
