package raingan.ingest.extract.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import raingan.ingest.detect.BomlessUtf16;
import raingan.ingest.detect.Detection;
import raingan.ingest.extract.ExtractedText;
import raingan.ingest.extract.ExtractionException;
import raingan.ingest.extract.Extractor;
import raingan.ingest.extract.Interruption;
import raingan.ingest.extract.PageText;
import raingan.ingest.source.SourceDocument;
import raingan.model.PageMethod;

/**
 * Reads a text export as one page: strict UTF-8 (a byte-order mark dropped), or, when the
 * bytes are not valid UTF-8, Thai Windows code page 874 (a superset of TIS-620, the legacy
 * Thai encoding). UTF-16 is read when it starts with its byte-order mark, or when its bytes
 * show it without one ({@link BomlessUtf16}).
 */
public final class PlainTextExtractor implements Extractor {

    /** Thai legacy text: windows-874 decodes every TIS-620 byte the same way and a few more. */
    static final Charset THAI_LEGACY = Charset.forName("x-windows-874");

    @Override
    public ExtractedText extract(SourceDocument doc, Detection detection) throws ExtractionException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(doc.path());
        } catch (IOException e) {
            Interruption.rethrowIfInterrupted(e);
            throw new ExtractionException("cannot read the file: " + e.getMessage(), e);
        }
        String text = decode(bytes).replace("\r\n", "\n").replace('\r', '\n');
        return new ExtractedText("text/plain", List.of(new PageText(1, text, PageMethod.TEXT, null, null)));
    }

    static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            // The mark says UTF-8: trust it, and let a stray bad byte become U+FFFD.
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, StandardCharsets.UTF_16); // reads the mark's byte order, drops it
        }
        Charset utf16 = BomlessUtf16.charsetOf(bytes);
        if (utf16 != null) {
            // Checked before UTF-8, which it would pass: NULs and Thai's 0x0E high bytes are valid ASCII.
            return new String(bytes, utf16);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, THAI_LEGACY);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
