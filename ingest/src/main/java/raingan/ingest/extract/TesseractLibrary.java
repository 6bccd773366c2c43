package raingan.ingest.extract;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * The part of libtesseract's C API raingan uses, bound with JNA (libtesseract.so.5, Debian's
 * {@code libtesseract5}). Tess4J's own bindings reference lept4j classes in their signatures,
 * and the build excludes lept4j, so loading them fails with {@code NoClassDefFoundError}.
 * Every function takes the handle from {@link #TessBaseAPICreate()}; a handle is used by one
 * thread at a time.
 */
interface TesseractLibrary extends Library {

    /** Page segmentation: one uniform block of text (tesseract --psm 6). */
    int PSM_SINGLE_BLOCK = 6;

    /** @throws UnsatisfiedLinkError if libtesseract is not installed */
    static TesseractLibrary load() {
        return Native.load("tesseract", TesseractLibrary.class);
    }

    String TessVersion();

    Pointer TessBaseAPICreate();

    /** @return 0 on success; the language data must be in {@code datapath} */
    int TessBaseAPIInit3(Pointer handle, String datapath, String language);

    /** @return true if the variable exists */
    boolean TessBaseAPISetVariable(Pointer handle, String name, String value);

    void TessBaseAPISetPageSegMode(Pointer handle, int mode);

    /** Copies the pixels; 8-bit grey is {@code bytesPerPixel} 1. */
    void TessBaseAPISetImage(Pointer handle, byte[] pixels, int width, int height, int bytesPerPixel,
                             int bytesPerLine);

    /** The image's resolution, after SetImage: Tesseract scales its size expectations by it. */
    void TessBaseAPISetSourceResolution(Pointer handle, int ppi);

    /** Recognises the image if not done yet; free the result with {@link #TessDeleteText}. */
    Pointer TessBaseAPIGetUTF8Text(Pointer handle);

    /** Mean word confidence 0..100 of the recognition already done (it does not recognise again). */
    int TessBaseAPIMeanTextConf(Pointer handle);

    void TessDeleteText(Pointer text);

    /** Forgets the image and the results, keeps the loaded language models. */
    void TessBaseAPIClear(Pointer handle);

    void TessBaseAPIEnd(Pointer handle);

    void TessBaseAPIDelete(Pointer handle);
}
