package raingan.testdata.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The steps scans and photos share: a PDF's pages as images (pdftoppm), an ImageMagick
 * command per page, and JPEG pages assembled into a PDF (img2pdf; ImageMagick's policy on
 * Debian refuses to write PDFs).
 */
final class Rasteriser {

    private static final Duration TIMEOUT = Duration.ofSeconds(180);
    /** One thread, so that ImageMagick's noise is the same for the same seed. */
    private static final Map<String, String> SINGLE_THREAD = Map.of("MAGICK_THREAD_LIMIT", "1",
            "OMP_NUM_THREADS", "1", "OMP_THREAD_LIMIT", "1");

    private final ExternalTool pdftoppm = ExternalTool.pdftoppm();
    private final ExternalTool convert = ExternalTool.convert();
    private final ExternalTool img2pdf = ExternalTool.img2pdf();

    /** Every page of {@code pdf} at {@code dpi} as PGM (grey) or PPM files in {@code dir}, in page order. */
    List<Path> pages(Path pdf, int dpi, boolean grey, Path dir) throws RenderException {
        List<String> args = new ArrayList<>(List.of("-r", Integer.toString(dpi)));
        if (grey) {
            args.add("-gray");
        }
        args.add(pdf.toAbsolutePath().toString());
        args.add(dir.resolve("page").toString());
        pdftoppm.run(args, dir, TIMEOUT);
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> pages = files.filter(f -> f.getFileName().toString().matches("page-\\d+\\.p[gp]m"))
                    .sorted((a, b) -> Integer.compare(number(a), number(b))).toList();
            if (pages.isEmpty()) {
                throw new RenderException("pdftoppm made no page images of " + pdf);
            }
            return pages;
        } catch (IOException e) {
            throw new RenderException("cannot list page images: " + e.getMessage(), e);
        }
    }

    void convert(List<String> args, Path dir) throws RenderException {
        convert.run(args, dir, SINGLE_THREAD, TIMEOUT);
    }

    void assemble(List<Path> jpegs, Path pdf) throws RenderException {
        List<String> args = new ArrayList<>();
        jpegs.forEach(j -> args.add(j.toAbsolutePath().toString()));
        args.add("-o");
        args.add(pdf.toAbsolutePath().toString());
        img2pdf.run(args, jpegs.get(0).getParent(), TIMEOUT);
    }

    private static int number(Path page) {
        String name = page.getFileName().toString();
        return Integer.parseInt(name.substring(name.indexOf('-') + 1, name.indexOf('.')));
    }
}
