package raingan.ingest.extract.ocr.leptonica;

import com.sun.jna.Library;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.FloatByReference;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;

/**
 * The few Leptonica functions raingan's page analysis calls, bound by JNA to Debian's
 * {@code liblept.so.5}, the Leptonica that libtesseract itself links. Pointers stay opaque:
 * lept4j's bindings, which Tess4J brings, look for {@code libleptonica.so} (the 1.83+ name, not
 * on Debian 12) and pass Leptonica's structs as JNA structures, which JNA copies back into
 * native memory on every call. Interface mapping binds each function on first use.
 */
interface LeptonicaLibrary extends Library {

    int L_ROTATE_AREA_MAP = 1;
    int L_BRING_IN_WHITE = 1;
    int L_SELECT_WIDTH = 1;
    int L_SELECT_HEIGHT = 2;
    int L_SELECT_IF_GTE = 4;

    int L_SEVERITY_NONE = 6;

    String getLeptonicaVersion();

    int setMsgSeverity(int newsev);

    Pointer pixReadMem(byte[] data, long size);

    int pixWriteMemPnm(PointerByReference data, LongByReference size, Pointer pix);

    void lept_free(Pointer data);

    void pixDestroy(PointerByReference pix);

    int pixGetWidth(Pointer pix);

    int pixGetHeight(Pointer pix);

    int pixFindSkew(Pointer pixs, FloatByReference angle, FloatByReference confidence);

    Pointer pixRotate(Pointer pixs, float radians, int type, int incolor, int width, int height);

    Pointer pixBackgroundNormSimple(Pointer pixs, Pointer pixim, Pointer pixg);

    Pointer pixThresholdToBinary(Pointer pixs, int threshold);

    Pointer pixBackgroundNorm(Pointer pixs, Pointer pixim, Pointer pixg, int sx, int sy, int thresh, int mincount,
                              int bgval, int smoothx, int smoothy);

    Pointer pixOpenBrick(Pointer pixd, Pointer pixs, int hsize, int vsize);

    Pointer pixCloseBrick(Pointer pixd, Pointer pixs, int hsize, int vsize);

    Pointer pixDilateBrick(Pointer pixd, Pointer pixs, int hsize, int vsize);

    Pointer pixOr(Pointer pixd, Pointer pixs1, Pointer pixs2);

    Pointer pixSubtract(Pointer pixd, Pointer pixs1, Pointer pixs2);

    Pointer pixConnCompBB(Pointer pixs, int connectivity);

    Pointer pixSelectBySize(Pointer pixs, int width, int height, int connectivity, int type, int relation,
                            IntByReference changed);

    int boxaGetCount(Pointer boxa);

    int boxaGetBoxGeometry(Pointer boxa, int index, IntByReference x, IntByReference y, IntByReference w,
                           IntByReference h);

    void boxaDestroy(PointerByReference boxa);

    Pointer boxCreate(int x, int y, int w, int h);

    void boxDestroy(PointerByReference box);

    int pixCountPixelsInRect(Pointer pix, Pointer box, IntByReference count, Pointer tab8);
}
