package raingan.testdata.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes phone photos of a report's pages: 200 dpi colour JPEGs with light falling unevenly
 * across the page, a warm cast, a slight perspective (the page on a dark desk), softness and
 * noise. A one-page report becomes {@code <id>.jpg}; a longer one a PDF of its page photos
 * ({@code <id>.pdf}), as phone scanning apps make. The same seed gives the same photos.
 */
public final class PhotoRenderer {

    static final int DPI = 200;
    private static final int WIDTH = 1654;
    private static final int HEIGHT = 2339;

    private final Rasteriser raster = new Rasteriser();

    /**
     * Writes the photos of {@code textPdf} into {@code outDir}.
     *
     * @return the file written, {@code <id>.jpg} or {@code <id>.pdf}
     * @throws ToolMissingException if pdftoppm, convert or img2pdf is not installed
     * @throws RenderException      if one of them fails
     */
    public Path render(Path textPdf, Path outDir, String id, long seed) throws RenderException {
        try (Scratch scratch = new Scratch("raingan-photo-")) {
            List<Path> jpegs = new ArrayList<>();
            List<Path> pages = raster.pages(textPdf, DPI, false, scratch.dir());
            for (int i = 0; i < pages.size(); i++) {
                Path jpeg = scratch.resolve("photo-" + (i + 1) + ".jpg");
                raster.convert(args(pages.get(i), jpeg, new SplittableRandom(seed * 37 + i)), scratch.dir());
                jpegs.add(jpeg);
            }
            Files.createDirectories(outDir);
            if (jpegs.size() == 1) {
                Path out = outDir.resolve(id + ".jpg");
                Files.copy(jpegs.get(0), out, StandardCopyOption.REPLACE_EXISTING);
                return out;
            }
            Path out = outDir.resolve(id + ".pdf");
            raster.assemble(jpegs, out);
            return out;
        } catch (IOException e) {
            throw new RenderException("cannot write the photos of " + id + ": " + e.getMessage(), e);
        }
    }

    private static List<String> args(Path page, Path jpeg, SplittableRandom r) {
        String light = "0,0 " + grey(r) + " " + WIDTH + ",0 " + grey(r) + " 0," + HEIGHT + " " + grey(r) + " "
                + WIDTH + "," + HEIGHT + " " + grey(r);
        String corners = "0,0 " + in(r, WIDTH) + "," + in(r, HEIGHT) + "  "
                + WIDTH + ",0 " + (WIDTH - in(r, WIDTH)) + "," + in(r, HEIGHT) + "  "
                + WIDTH + "," + HEIGHT + " " + (WIDTH - in(r, WIDTH)) + "," + (HEIGHT - in(r, HEIGHT)) + "  "
                + "0," + HEIGHT + " " + in(r, WIDTH) + "," + (HEIGHT - in(r, HEIGHT));
        return List.of(page.toString(), "-seed", Long.toString(r.nextInt(1_000_000)),
                "(", "+clone", "-sparse-color", "Bilinear", light, ")", "-compose", "Multiply", "-composite",
                "-fill", "rgb(255,236,205)", "-colorize", (6 + r.nextInt(8)) + "%",
                "-virtual-pixel", "background", "-background", "rgb(58,52,47)", "-distort", "Perspective", corners,
                "-blur", "0x" + ScanRenderer.fmt(0.5 + r.nextDouble() * 0.4),
                "-attenuate", ScanRenderer.fmt(0.25 + r.nextDouble() * 0.25), "+noise", "Gaussian",
                "-units", "PixelsPerInch", "-density", Integer.toString(DPI), "-quality", "82", jpeg.toString());
    }

    /** A light level of 72–100 % for one corner. */
    private static String grey(SplittableRandom r) {
        return "gray(" + (72 + r.nextInt(29)) + "%)";
    }

    /** How far a corner moves inwards: 0.5–3 % of the side. */
    private static int in(SplittableRandom r, int side) {
        return (int) Math.round(side * (0.005 + r.nextDouble() * 0.025));
    }
}
