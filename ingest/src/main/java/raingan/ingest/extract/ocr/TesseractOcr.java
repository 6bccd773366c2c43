package raingan.ingest.extract.ocr;

import com.sun.jna.Pointer;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.ITessAPI.TessPageSegMode;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;
import raingan.ingest.extract.ExtractionSettings;
import raingan.ingest.extract.layout.Box;

/**
 * OCR with Tess4J over Debian's libtesseract: one engine, created on the first page that needs it and reused for
 * every later page and document, since loading the Thai and English models costs far more
 * than a page. Text and mean word confidence come from a single recognition pass.
 *
 * <p>Pages go to Tesseract as plain grey, without deskewing or binarising: measured on the
 * fixtures, neither lowered CER consistently (deskew: PNG 0.83 → 0.66 %, TIFF 1.07 → 0.74 %,
 * but scan 0.66 → 0.91 %, photo 1.07 → 1.49 %; Otsu or Sauvola thresholds: as mixed).
 *
 * <p>Not thread-safe: one instance per worker thread, closed when the worker ends.
 * {@code OMP_THREAD_LIMIT=1} must be in the environment before the JVM starts, or OpenMP
 * threads make each page about four times slower.
 */
final class TesseractOcr implements AutoCloseable {

    private final Path configuredTessdata;
    private final String languages;
    private TessBaseAPI handle;
    private Layout layout = Layout.BLOCK;

    /**
     * Tess4J's interface mapping binds each native function on first use. Its direct mapping
     * (TessAPI1) binds all at once and fails on Debian 12's libtesseract 5.3, which lacks
     * some renderer functions raingan never calls.
     */
    private static TessAPI api() {
        return TessAPI.INSTANCE;
    }

    TesseractOcr(ExtractionSettings settings) {
        this.configuredTessdata = settings.tessdata();
        this.languages = settings.languages();
    }

    /**
     * Starts the engine now if it has not started: a page whose layout holds no text still tells
     * whether OCR could have read one.
     *
     * @throws OcrUnavailableException if libtesseract or the language data is missing
     */
    void start() throws OcrUnavailableException {
        handle();
    }

    /** How Tesseract is to take an image. */
    enum Layout {
        /** One block of lines: Tesseract finds the lines itself. */
        BLOCK(TessPageSegMode.PSM_SINGLE_BLOCK),
        /** One line of text, found by raingan's own segmentation. */
        LINE(TessPageSegMode.PSM_SINGLE_LINE);

        final int mode;

        Layout(int mode) {
            this.mode = mode;
        }
    }

    /**
     * Reads the text of one image as one block of lines.
     *
     * @param image any image; it is read as 8-bit grey
     * @param dpi   the image's resolution, or 0 when unknown (Tesseract then estimates it)
     * @throws OcrUnavailableException if libtesseract or the language data is missing
     */
    OcrResult recognise(BufferedImage image, int dpi) throws OcrUnavailableException {
        return recognise(image, dpi, Layout.BLOCK);
    }

    /**
     * Reads the text of one image laid out as {@code layout} says.
     *
     * @throws OcrUnavailableException if libtesseract or the language data is missing
     */
    OcrResult recognise(BufferedImage image, int dpi, Layout layout) throws OcrUnavailableException {
        BufferedImage grey = OcrImages.grey(image);
        TessBaseAPI h = handle();
        if (layout != this.layout) {
            api().TessBaseAPISetPageSegMode(h, layout.mode);
            this.layout = layout;
        }
        byte[] pixels = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        ByteBuffer buffer = ByteBuffer.allocateDirect(pixels.length).put(pixels).flip();
        try {
            api().TessBaseAPISetImage(h, buffer, grey.getWidth(), grey.getHeight(), 1, grey.getWidth());
            if (dpi > 0) {
                api().TessBaseAPISetSourceResolution(h, dpi);
            }
            Pointer utf8 = api().TessBaseAPIGetUTF8Text(h);
            String text;
            try {
                text = utf8 == null ? "" : utf8.getString(0, StandardCharsets.UTF_8.name());
            } finally {
                if (utf8 != null) {
                    api().TessDeleteText(utf8);
                }
            }
            int confidence = Math.max(0, api().TessBaseAPIMeanTextConf(h));
            return new OcrResult(text.strip(), confidence / 100.0, layout == Layout.LINE ? words(h) : List.of(), List.of());
        } finally {
            api().TessBaseAPIClear(h);
        }
    }

    /** The words of the last recognition with their boxes, read through Tesseract's result iterator. */
    private static List<OcrWord> words(TessBaseAPI h) {
        TessResultIterator it = api().TessBaseAPIGetIterator(h);
        if (it == null) {
            return List.of();
        }
        List<OcrWord> words = new ArrayList<>();
        try {
            TessPageIterator page = api().TessResultIteratorGetPageIterator(it);
            IntBuffer left = IntBuffer.allocate(1);
            IntBuffer top = IntBuffer.allocate(1);
            IntBuffer right = IntBuffer.allocate(1);
            IntBuffer bottom = IntBuffer.allocate(1);
            do {
                Pointer utf8 = api().TessResultIteratorGetUTF8Text(it, TessPageIteratorLevel.RIL_WORD);
                if (utf8 == null) {
                    continue;
                }
                String word;
                try {
                    word = utf8.getString(0, StandardCharsets.UTF_8.name());
                } finally {
                    api().TessDeleteText(utf8);
                }
                api().TessPageIteratorBoundingBox(page, TessPageIteratorLevel.RIL_WORD, left, top, right, bottom);
                float confidence = api().TessResultIteratorConfidence(it, TessPageIteratorLevel.RIL_WORD);
                words.add(new OcrWord(word, new Box(left.get(0), top.get(0), Math.max(left.get(0), right.get(0)),
                        Math.max(top.get(0), bottom.get(0))), Math.max(0, confidence) / 100.0));
            } while (api().TessPageIteratorNext(page, TessPageIteratorLevel.RIL_WORD) != 0);
        } finally {
            api().TessResultIteratorDelete(it);
        }
        return words;
    }

    private TessBaseAPI handle() throws OcrUnavailableException {
        if (handle != null) {
            return handle;
        }
        Path tessdata = Tessdata.locate(configuredTessdata, System.getenv("TESSDATA_PREFIX"), languages);
        TessBaseAPI h;
        try {
            h = api().TessBaseAPICreate();
        } catch (LinkageError e) {
            throw new OcrUnavailableException("libtesseract is not installed (" + e.getMessage()
                    + "): install the Debian package tesseract-ocr", e);
        }
        if (api().TessBaseAPIInit3(h, tessdata.toString(), languages) != 0) {
            api().TessBaseAPIDelete(h);
            throw new OcrUnavailableException("Tesseract " + api().TessVersion() + " could not load " + languages
                    + " from " + tessdata + ": reinstall tesseract-ocr-tha tesseract-ocr-eng");
        }
        // Measured on the fixtures: one block (PSM 6) reads the form at 0.8 % CER, automatic
        // layout (PSM 3) at 2.1 % and slower: it cuts label and value into separate blocks.
        api().TessBaseAPISetPageSegMode(h, TessPageSegMode.PSM_SINGLE_BLOCK);
        // Tesseract's warnings ("Estimating resolution…") go to stderr otherwise.
        api().TessBaseAPISetVariable(h, "debug_file", "/dev/null");
        handle = h;
        return h;
    }

    @Override
    public void close() {
        if (handle != null) {
            api().TessBaseAPIEnd(handle);
            api().TessBaseAPIDelete(handle);
            handle = null;
        }
    }
}
