package raingan.ingest.extract.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;

/** Prepares page images for Tesseract. Pure: returns new images, never changes its argument. */
final class OcrImages {

    private OcrImages() {
    }

    /**
     * The image as compact 8-bit grey, one byte per pixel and rows back to back, what
     * {@link TesseractOcr#recognise} reads. Colour becomes luminance; transparency lies on white.
     */
    static BufferedImage grey(BufferedImage image) {
        if (isCompactGrey(image)) {
            return image;
        }
        BufferedImage grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return grey;
    }

    /** The image {@code factor} times its size, grey, smoothly interpolated, with {@code border} pixels of white around it. */
    static BufferedImage scaled(BufferedImage image, double factor, int border) {
        int w = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int h = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage out = new BufferedImage(w + 2 * border, h + 2 * border, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.drawImage(image, border, border, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static boolean isCompactGrey(BufferedImage image) {
        return image.getType() == BufferedImage.TYPE_BYTE_GRAY
                && image.getRaster().getParent() == null
                && image.getRaster().getSampleModelTranslateX() == 0
                && image.getRaster().getSampleModelTranslateY() == 0
                && image.getSampleModel() instanceof ComponentSampleModel csm
                && csm.getScanlineStride() == image.getWidth();
    }
}
