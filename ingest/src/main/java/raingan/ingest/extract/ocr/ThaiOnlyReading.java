package raingan.ingest.extract.ocr;

import java.awt.image.BufferedImage;
import java.util.function.Predicate;

/**
 * One word's image read again by the Thai model alone, at several sizes until a reading is of
 * the kind wanted. Enlarged, with more white around it, the Thai model read months of the
 * loopless fonts right that it misread at the page's size (มิ.ย. read as ม.ย.).
 */
final class ThaiOnlyReading {

    static final double[] PAGE_SIZE = {1};
    static final double[] ENLARGED = {2, 1.5};
    /**
     * White added around an enlarged word, as a share of its height: with the line's margin
     * alone the Thai model read ก.ค. as {@code [ก .กค.}, with this much more as ก.ค.
     */
    private static final double BORDER = 0.15;

    private ThaiOnlyReading() {
    }

    /** Reads an image with the Thai model alone, told that it is {@code scale} times the page's size. */
    interface Ocr {
        String read(BufferedImage image, double scale) throws OcrUnavailableException;
    }

    /** The first reading, stripped, at {@code scales} in turn that {@code wanted} takes, or null. */
    static String first(BufferedImage word, Ocr thai, double[] scales, Predicate<String> wanted)
            throws OcrUnavailableException {
        for (double scale : scales) {
            BufferedImage image = scale == 1 ? word
                    : OcrImages.scaled(word, scale, (int) Math.round(BORDER * word.getHeight() * scale));
            String read = thai.read(image, scale).strip();
            if (wanted.test(read)) {
                return read;
            }
        }
        return null;
    }
}
