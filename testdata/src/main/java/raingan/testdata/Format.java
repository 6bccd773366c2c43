package raingan.testdata;

import java.util.Locale;

/** A kind of document the corpus generator writes, each into its own folder {@code DIR/<name>/}. */
public enum Format {
    /** The system's plain-text export ({@code .txt}). */
    TEXT,
    /** The A4 form printed to PDF with a text layer ({@code .pdf}). */
    PDF,
    /** The form as a Word document ({@code .docx}). */
    DOCX,
    /** A 300-dpi grey scan, an image-only PDF ({@code .pdf}). */
    SCAN,
    /** Phone photos at 200 dpi: {@code .jpg} for one page, else a PDF of the photos. */
    PHOTO,
    /** The text PDF with its text layer broken so that only OCR reads it right ({@code .pdf}). */
    DAMAGED;

    /** The folder and command-line name: {@code text}, {@code pdf}, … */
    public String folder() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format named {@code name} on a command line, any case. */
    public static Format of(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    /** True for formats made from the text PDF. */
    boolean needsPdf() {
        return this == PDF || this == SCAN || this == PHOTO || this == DAMAGED;
    }
}
