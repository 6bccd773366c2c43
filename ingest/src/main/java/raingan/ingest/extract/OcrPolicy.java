package raingan.ingest.extract;

/** When to OCR a page that has a text layer. */
public enum OcrPolicy {
    /** Use the text layer unless it is missing or scores as damaged. */
    AUTO,
    /** OCR every page, ignoring text layers. */
    ALWAYS,
    /** Never OCR: a page without a usable text layer yields what the layer has. */
    NEVER
}
