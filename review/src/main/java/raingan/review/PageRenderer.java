package raingan.review;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Makes the page images of a source document as JPEGs: PDF pages rendered with PDFBox, image
 * files (scans, photos, TIFF pages) scaled down. An auditor reads them on a screen, so a modest
 * resolution is enough and keeps a large report quick to make and to open. Thread-safe.
 */
final class PageRenderer {

    static final String PDF = "application/pdf";

    private final int dpi;

    /** @param dpi the resolution of the images: PDF pages are rendered at it, images scaled to an A4 page at it */
    PageRenderer(int dpi) {
        this.dpi = dpi;
    }

    /** True when documents of this media type have pages to show. */
    static boolean hasPages(String mediaType) {
        return mediaType != null && (mediaType.equals(PDF) || mediaType.startsWith("image/"));
    }

    /**
     * Writes {@code dir/<name>-<page>.jpg} for every page.
     *
     * @param href the folder {@code dir} as seen from the report folder
     * @throws IOException if the document cannot be read or an image cannot be written
     */
    List<PageImage> render(Path source, String mediaType, Path dir, String href, String name) throws IOException {
        Files.createDirectories(dir);
        return PDF.equals(mediaType) ? renderPdf(source, dir, href, name) : renderImages(source, dir, href, name);
    }

    private List<PageImage> renderPdf(Path source, Path dir, String href, String name) throws IOException {
        List<PageImage> pages = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(source.toFile())) {
            PDFRenderer renderer = new PDFRenderer(pdf);
            // Scans hold 300-dpi page images: reading every pixel to draw them at 100 dpi costs seconds a page.
            renderer.setSubsamplingAllowed(true);
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                PDRectangle box = pdf.getPage(i).getCropBox();
                String file = name + "-" + (i + 1) + ".jpg";
                write(renderer.renderImageWithDPI(i, dpi, ImageType.RGB), dir.resolve(file));
                pages.add(new PageImage(i + 1, href + "/" + file, PageFrame.pdf(box.getWidth(), box.getHeight())));
            }
        }
        return pages;
    }

    private List<PageImage> renderImages(Path source, Path dir, String href, String name) throws IOException {
        List<PageImage> pages = new ArrayList<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(source.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new IOException("not an image that can be decoded");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, false);
                for (int i = 0; i < reader.getNumImages(true); i++) {
                    BufferedImage image = reader.read(i);
                    String file = name + "-" + (i + 1) + ".jpg";
                    write(scaled(image), dir.resolve(file));
                    pages.add(new PageImage(i + 1, href + "/" + file,
                            PageFrame.image(image.getWidth(), image.getHeight())));
                }
            } finally {
                reader.dispose();
            }
        }
        return pages;
    }

    /** The image at most as wide as an A4 page at {@code dpi}, in RGB (JPEG has no alpha). */
    private BufferedImage scaled(BufferedImage image) {
        int maxWidth = (int) Math.round(PDRectangle.A4.getWidth() / 72.0 * dpi);
        double scale = Math.min(1.0, (double) maxWidth / image.getWidth());
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, width, height, Color.WHITE, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static void write(BufferedImage image, Path file) throws IOException {
        if (!ImageIO.write(image, "jpg", file.toFile())) {
            throw new IOException("no JPEG writer");
        }
    }
}
