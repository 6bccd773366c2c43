package raingan.ingest.extract.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import raingan.ingest.detect.Detection;
import raingan.ingest.extract.CorruptDocumentException;
import raingan.ingest.extract.ExtractedText;
import raingan.ingest.extract.ExtractionException;
import raingan.ingest.extract.ExtractionSettings;
import raingan.ingest.extract.Extractor;
import raingan.ingest.extract.ImageTooLargeException;
import raingan.ingest.extract.Interruption;
import raingan.ingest.extract.PageLimitException;
import raingan.ingest.extract.PageGeometry;
import raingan.ingest.extract.PageText;
import raingan.ingest.source.SourceDocument;
import raingan.model.PageMethod;

/**
 * OCRs raster images with the JDK's ImageIO readers (PNG, JPEG, TIFF with several pages).
 * Each image's size is read from its header and checked against
 * {@link ExtractionSettings#maxImagePixels()} before any pixel is decoded; its resolution,
 * when the file records one (pHYs, JFIF density, TIFF XResolution), is passed to Tesseract.
 */
public final class ImageExtractor implements Extractor {

    private final ExtractionSettings settings;
    private final PageReader ocr;

    public ImageExtractor(ExtractionSettings settings, PageReader ocr) {
        this.settings = settings;
        this.ocr = ocr;
    }

    @Override
    public ExtractedText extract(SourceDocument doc, Detection detection) throws ExtractionException {
        try (ImageInputStream in = ImageIO.createImageInputStream(doc.path().toFile())) {
            if (in == null) {
                throw new ExtractionException("cannot open the image file " + doc.name());
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new CorruptDocumentException("not a PNG, JPEG or TIFF image that can be decoded");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, false);
                return read(reader);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            Interruption.rethrowIfInterrupted(e);
            throw corrupt(e);
        } catch (RuntimeException e) {
            // Some ImageIO decoders report damaged data with runtime exceptions.
            throw corrupt(e);
        }
    }

    private static CorruptDocumentException corrupt(Exception e) {
        return new CorruptDocumentException("the image is damaged or truncated (" + e.getMessage()
                + "): scan or download it again", e);
    }

    private ExtractedText read(ImageReader reader) throws IOException, ExtractionException {
        int count = reader.getNumImages(true);
        if (count < 1) {
            throw new CorruptDocumentException("the image file holds no image");
        }
        if (count > settings.maxPages()) {
            throw new PageLimitException(count, settings.maxPages());
        }
        List<PageText> pages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Interruption.check();
            long width = reader.getWidth(i);
            long height = reader.getHeight(i);
            if (width * height > settings.maxImagePixels()) {
                throw new ImageTooLargeException(count == 1 ? "the image" : "page " + (i + 1) + " of the image",
                        width, height, settings.maxImagePixels());
            }
            int dpi = dpi(reader.getImageMetadata(i));
            BufferedImage image = reader.read(i);
            OcrResult read = ocr.read(image, dpi);
            pages.add(new PageText(i + 1, read.text(), PageMethod.OCR, read.confidence(), null,
                    PageGeometry.pixels(dpi > 0 ? dpi : null, read.spans())));
        }
        String[] types = reader.getOriginatingProvider().getMIMETypes();
        return new ExtractedText(types.length > 0 ? types[0] : "image/" + reader.getFormatName(), pages);
    }

    /** The horizontal resolution recorded in the image, or 0 when it records none that is plausible. */
    static int dpi(IIOMetadata metadata) {
        if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
            return 0;
        }
        Node root = metadata.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName);
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!"Dimension".equals(n.getNodeName())) {
                continue;
            }
            for (Node d = n.getFirstChild(); d != null; d = d.getNextSibling()) {
                if ("HorizontalPixelSize".equals(d.getNodeName())) {
                    double millimetresPerPixel = Double.parseDouble(((Element) d).getAttribute("value"));
                    long dpi = Math.round(25.4 / millimetresPerPixel);
                    // 72 or 96 is a screen default written by tools, not a scan resolution.
                    return dpi >= 100 && dpi <= 1200 ? (int) dpi : 0;
                }
            }
        }
        return 0;
    }
}
