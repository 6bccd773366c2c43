package raingan.ingest.detect;

/** The families of input raingan routes to one extractor each. */
public enum DocumentFormat {
    /** Plain text (UTF-8 or a Thai legacy encoding). */
    TEXT,
    /** PDF: a text layer, scanned pages, or both. */
    PDF,
    /** A raster image (PNG, JPEG, TIFF incl. multi-page): always OCR. */
    IMAGE,
    /** Office and markup documents read through Tika: DOCX, ODT, RTF, HTML. */
    OFFICE,
    /** Anything else. Never null: unknown content is UNKNOWN. */
    UNKNOWN
}
