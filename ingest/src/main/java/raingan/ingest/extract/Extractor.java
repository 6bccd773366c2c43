package raingan.ingest.extract;

import raingan.ingest.detect.Detection;
import raingan.ingest.source.SourceDocument;

/**
 * Reads the text of one family of documents. An instance is used by one thread at a
 * time (OCR engines are not thread-safe); a worker owns its own.
 */
public interface Extractor {
    /**
     * Reads a document the pipeline has already looked at: the input side has read it (it
     * exists and is not empty), and detection found it to be of a format this extractor reads.
     *
     * @param detection what the pipeline's detector found the document to be, to read it as
     * @throws ExtractionException if the file is corrupt, truncated, encrypted or over a limit;
     *                             the message says which
     */
    ExtractedText extract(SourceDocument doc, Detection detection) throws ExtractionException;
}
