package raingan.ingest.extract;

import raingan.ingest.source.SourceDocument;

/**
 * Reads the text of one family of documents. An instance is used by one thread at a
 * time (OCR engines are not thread-safe); a worker owns its own.
 */
public interface Extractor {
    /**
     * @throws ExtractionException if the file is corrupt, truncated, encrypted or over a limit;
     *                             the message says which
     */
    ExtractedText extract(SourceDocument doc) throws ExtractionException;
}
