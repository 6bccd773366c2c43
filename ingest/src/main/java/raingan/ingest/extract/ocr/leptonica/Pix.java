package raingan.ingest.extract.ocr.leptonica;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.FloatByReference;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A Leptonica image owned by Java: each operation returns a new image, and {@link #close()}
 * frees this one. Grey pages come in and go out as PGM in memory, which Leptonica reads and
 * writes without any pixel-by-pixel copying on this side. Not thread-safe; images are cheap
 * to make per page.
 */
public final class Pix implements AutoCloseable {

    private Pointer pix;

    private Pix(Pointer pix, String operation) {
        if (pix == null) {
            throw new LeptonicaException("Leptonica's " + operation + " failed");
        }
        this.pix = pix;
    }

    /** The angle a page's text lines are turned by, and how sure Leptonica is of it. */
    public record Skew(double degrees, double confidence) {
    }

    /** A connected component's bounding box, in pixels. */
    public record Component(int x, int y, int width, int height) {
    }

    /**
     * @param grey an 8-bit grey image with one byte per pixel and rows back to back
     * @throws LeptonicaException if Leptonica is missing or cannot read the image
     */
    public static Pix ofGrey(BufferedImage grey) {
        if (grey.getType() != BufferedImage.TYPE_BYTE_GRAY || !(grey.getSampleModel() instanceof ComponentSampleModel m)
                || m.getScanlineStride() != grey.getWidth() || grey.getRaster().getParent() != null) {
            throw new IllegalArgumentException("a compact 8-bit grey image is required");
        }
        byte[] pixels = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        byte[] header = ("P5\n" + grey.getWidth() + " " + grey.getHeight() + "\n255\n").getBytes(StandardCharsets.US_ASCII);
        byte[] pgm = new byte[header.length + grey.getWidth() * grey.getHeight()];
        System.arraycopy(header, 0, pgm, 0, header.length);
        System.arraycopy(pixels, 0, pgm, header.length, grey.getWidth() * grey.getHeight());
        return new Pix(lib().pixReadMem(pgm, pgm.length), "pixReadMem");
    }

    public int width() {
        return lib().pixGetWidth(pix);
    }

    public int height() {
        return lib().pixGetHeight(pix);
    }

    /** This grey image back in Java, compact 8-bit grey. */
    public BufferedImage toGrey() {
        PointerByReference data = new PointerByReference();
        LongByReference size = new LongByReference();
        if (lib().pixWriteMemPnm(data, size, pix) != 0) {
            throw new LeptonicaException("Leptonica's pixWriteMemPnm failed");
        }
        try {
            byte[] pnm = data.getValue().getByteArray(0, (int) size.getValue());
            int w = width();
            int h = height();
            BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
            byte[] target = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
            System.arraycopy(pnm, pnm.length - w * h, target, 0, w * h);
            return out;
        } finally {
            lib().lept_free(data.getValue());
        }
    }

    /**
     * Black and white, ink as 1: the background lightened to even white first, so that uneven
     * light (a photo's corners, a grey scan) does not turn into ink.
     */
    public Pix binarised(int threshold) {
        try (Pix normalised = new Pix(lib().pixBackgroundNormSimple(pix, null, null), "pixBackgroundNormSimple")) {
            return new Pix(lib().pixThresholdToBinary(normalised.pix, threshold), "pixThresholdToBinary");
        }
    }

    /**
     * This grey image with its background levelled to white: uneven light (a photo's corners)
     * and grey paper gone, the ink's shades kept. Leptonica's defaults for the tiles and their
     * smoothing.
     */
    public Pix levelled() {
        return new Pix(lib().pixBackgroundNorm(pix, null, null, 10, 15, 100, 50, 255, 2, 1), "pixBackgroundNorm");
    }

    /** The skew of this binary image's text lines. */
    public Skew skew() {
        FloatByReference angle = new FloatByReference();
        FloatByReference confidence = new FloatByReference();
        if (lib().pixFindSkew(pix, angle, confidence) != 0) {
            return new Skew(0, 0);
        }
        return new Skew(angle.getValue(), confidence.getValue());
    }

    /** Turned by {@code degrees} about its centre (counter-clockwise positive), the same size, white brought in. */
    public Pix rotated(double degrees) {
        return new Pix(lib().pixRotate(pix, (float) Math.toRadians(degrees), LeptonicaLibrary.L_ROTATE_AREA_MAP,
                LeptonicaLibrary.L_BRING_IN_WHITE, 0, 0), "pixRotate");
    }

    /** Morphological opening with a {@code width} × {@code height} brick: keeps only ink that shape fits in. */
    public Pix opened(int width, int height) {
        return new Pix(lib().pixOpenBrick(null, pix, width, height), "pixOpenBrick");
    }

    /** Morphological closing with a brick: bridges gaps narrower than it. */
    public Pix closed(int width, int height) {
        return new Pix(lib().pixCloseBrick(null, pix, width, height), "pixCloseBrick");
    }

    /** Only the components at least {@code width} wide (or, when {@code across} is false, that high). */
    public Pix longerThan(int length, boolean across) {
        return new Pix(lib().pixSelectBySize(pix, length, length, 8,
                across ? LeptonicaLibrary.L_SELECT_WIDTH : LeptonicaLibrary.L_SELECT_HEIGHT,
                LeptonicaLibrary.L_SELECT_IF_GTE, null), "pixSelectBySize");
    }

    /** Morphological dilation with a brick: every ink pixel grown to the brick's size. */
    public Pix dilated(int width, int height) {
        return new Pix(lib().pixDilateBrick(null, pix, width, height), "pixDilateBrick");
    }

    /** The ink of both binary images. */
    public Pix or(Pix other) {
        return new Pix(lib().pixOr(null, pix, other.pix), "pixOr");
    }

    /** This binary image's ink where {@code other} has none. */
    public Pix minus(Pix other) {
        return new Pix(lib().pixSubtract(null, pix, other.pix), "pixSubtract");
    }

    /** The bounding boxes of this binary image's 8-connected components. */
    public List<Component> components() {
        Pointer boxa = lib().pixConnCompBB(pix, 8);
        if (boxa == null) {
            throw new LeptonicaException("Leptonica's pixConnCompBB failed");
        }
        try {
            int n = lib().boxaGetCount(boxa);
            List<Component> out = new ArrayList<>(n);
            IntByReference x = new IntByReference();
            IntByReference y = new IntByReference();
            IntByReference w = new IntByReference();
            IntByReference h = new IntByReference();
            for (int i = 0; i < n; i++) {
                lib().boxaGetBoxGeometry(boxa, i, x, y, w, h);
                out.add(new Component(x.getValue(), y.getValue(), w.getValue(), h.getValue()));
            }
            return out;
        } finally {
            lib().boxaDestroy(new PointerByReference(boxa));
        }
    }

    /** How many ink pixels of this binary image lie in the rectangle. */
    public int inkIn(int x, int y, int width, int height) {
        Pointer box = lib().boxCreate(x, y, Math.max(1, width), Math.max(1, height));
        try {
            IntByReference count = new IntByReference();
            return lib().pixCountPixelsInRect(pix, box, count, null) == 0 ? count.getValue() : 0;
        } finally {
            lib().boxDestroy(new PointerByReference(box));
        }
    }

    @Override
    public void close() {
        if (pix != null) {
            lib().pixDestroy(new PointerByReference(pix));
            pix = null;
        }
    }

    private static LeptonicaLibrary lib() {
        return Binding.LIBRARY;
    }

    /** Loaded on first use: a JVM that never analyses a page never loads Leptonica. */
    private static final class Binding {
        static final LeptonicaLibrary LIBRARY = load();

        private static LeptonicaLibrary load() {
            try {
                LeptonicaLibrary library = Native.load("lept", LeptonicaLibrary.class);
                // Leptonica reports what it declines (a skew search on a blank page) on stderr, in
                // the middle of raingan's progress display; failures reach raingan as null images.
                library.setMsgSeverity(LeptonicaLibrary.L_SEVERITY_NONE);
                return library;
            } catch (UnsatisfiedLinkError e) {
                throw new LeptonicaException("Leptonica (liblept.so.5) is not installed: install the Debian package "
                        + "liblept5, which tesseract-ocr depends on (" + e.getMessage() + ")", e);
            }
        }
    }
}
