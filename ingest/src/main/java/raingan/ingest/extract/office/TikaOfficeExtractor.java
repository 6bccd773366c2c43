package raingan.ingest.extract.office;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.xml.sax.SAXException;
import raingan.ingest.detect.Detection;
import raingan.ingest.extract.ArchiveBombException;
import raingan.ingest.extract.ArchiveLimits;
import raingan.ingest.extract.CorruptDocumentException;
import raingan.ingest.extract.EncryptedDocumentException;
import raingan.ingest.extract.ExtractedText;
import raingan.ingest.extract.ExtractionException;
import raingan.ingest.extract.Extractor;
import raingan.ingest.extract.Interruption;
import raingan.ingest.extract.PageText;
import raingan.ingest.source.SourceDocument;
import raingan.model.PageMethod;

/**
 * Reads DOCX, ODT, RTF and HTML through Tika's parsers for just those formats (no
 * AutoDetectParser, no OCR: embedded images are skipped). Paragraphs and table rows become
 * lines (see {@link OfficeTextHandler}; RTF tables through {@link RtfTables}); one page
 * unless the parser marks pages.
 *
 * <p>A DOCX or ODT is inflated once through {@link ZipBombCheck} before it is parsed, so that a
 * zip bomb is stopped before any parser holds a byte of it.
 *
 * <p>An instance may be reused for any number of documents by one thread.
 */
public final class TikaOfficeExtractor implements Extractor {

    /** What Tika names a password-protected DOCX: an OLE2 box around the encrypted package. */
    static final String PROTECTED_OOXML = "application/x-tika-ooxml-protected";
    private static final String RTF = "application/rtf";

    private final Parser parser = new CompositeParser(MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry(),
            new OOXMLParser(), new OpenDocumentParser(), new RTFParser(), new JSoupParser());
    private final ArchiveLimits limits;

    public TikaOfficeExtractor(ArchiveLimits limits) {
        this.limits = limits;
    }

    /**
     * Reads the document as the media type the pipeline detected.
     *
     * @throws EncryptedDocumentException if it is password-protected
     * @throws ArchiveBombException       if it inflates past the archive limits
     * @throws CorruptDocumentException   if it does not parse as its media type
     */
    @Override
    public ExtractedText extract(SourceDocument doc, Detection detection) throws ExtractionException {
        String mediaType = detection.mediaType();
        if (PROTECTED_OOXML.equals(mediaType)) {
            throw new EncryptedDocumentException(
                    "the Word document is password-protected: save a copy without a password");
        }
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, mediaType);
        OfficeTextHandler handler = new OfficeTextHandler();
        try {
            if (ZipBombCheck.isZip(doc.path())) {
                ZipBombCheck.check(doc.path(), limits);
            }
            try (TikaInputStream in = open(doc, mediaType)) {
                parser.parse(in, handler, metadata, new ParseContext());
            }
        } catch (org.apache.tika.exception.EncryptedDocumentException e) {
            throw new EncryptedDocumentException("the document is encrypted: save a copy without a password", e);
        } catch (IOException e) {
            Interruption.rethrowIfInterrupted(e);
            throw corrupt(mediaType, e);
        } catch (SAXException | TikaException e) {
            // Tika's composite parser also wraps what POI throws (an encrypted or damaged package) in a TikaException.
            throw corrupt(mediaType, e);
        }
        List<PageText> pages = new ArrayList<>();
        for (String text : handler.pages()) {
            pages.add(new PageText(pages.size() + 1, text, PageMethod.TEXT, null, null));
        }
        return new ExtractedText(mediaType, pages);
    }

    private static CorruptDocumentException corrupt(String mediaType, Exception e) {
        return new CorruptDocumentException("the document is damaged or not really " + mediaType + " ("
                + e.getMessage() + "): save or export it again", e);
    }

    private static TikaInputStream open(SourceDocument doc, String mediaType) throws IOException {
        if (RTF.equals(mediaType)) {
            return TikaInputStream.get(RtfTables.cellsAsTabs(Files.readAllBytes(doc.path())));
        }
        return TikaInputStream.get(doc.path());
    }
}
