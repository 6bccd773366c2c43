package raingan.ingest.detect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.tika.detect.CompositeDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.microsoft.POIFSContainerDetector;
import org.apache.tika.detect.zip.DefaultZipContainerDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Tells what a file is from its bytes: Tika's magic numbers, its zip container detector
 * (Office Open XML and OpenDocument, from the parser modules on the class path) and its OLE2
 * detector. The bytes decide, so a PDF named {@code .docx} is a PDF; only for plain text does the
 * file name refine the answer, as Tika itself does, so that a {@code .csv} spreadsheet is
 * {@code text/csv} (unsupported), not a report in plain text. Text in
 * the legacy Thai encoding, and UTF-16 without a byte-order mark ({@link BomlessUtf16}), which
 * Tika cannot tell from binary (it takes the latter for a PCX image when it starts with a line
 * break), are recognised by their bytes when Tika names nothing raingan reads.
 *
 * <p>Construction is free; the first detection loads Tika's type registry (≈ 0.5–1 s).
 * Thread-safe.
 */
public final class TikaFormatDetector implements FormatDetector {

    private static final Map<String, DocumentFormat> FORMATS = Map.ofEntries(
            Map.entry("application/pdf", DocumentFormat.PDF),
            Map.entry("image/png", DocumentFormat.IMAGE),
            Map.entry("image/jpeg", DocumentFormat.IMAGE),
            Map.entry("image/tiff", DocumentFormat.IMAGE),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    DocumentFormat.OFFICE),
            // A password-protected DOCX: routed to the office reader, which says it is encrypted.
            Map.entry("application/x-tika-ooxml-protected", DocumentFormat.OFFICE),
            Map.entry("application/vnd.oasis.opendocument.text", DocumentFormat.OFFICE),
            Map.entry("application/rtf", DocumentFormat.OFFICE),
            Map.entry("text/html", DocumentFormat.OFFICE),
            Map.entry("application/xhtml+xml", DocumentFormat.OFFICE),
            Map.entry("text/plain", DocumentFormat.TEXT));

    /** How much of a file Tika cannot name is looked at for legacy Thai text. */
    private static final int SNIFF = 8192;
    /**
     * How almost every PDF begins, and Tika's own first magic for application/pdf: such a file is
     * a PDF without asking Tika, whose magic scan costs ≈ 1 ms a file (a few % of a text PDF's
     * conversion). Tika still judges PDFs with a byte-order mark or junk before the header.
     */
    private static final byte[] PDF_HEADER = {'%', 'P', 'D', 'F', '-'};

    private Detector detector;

    /**
     * @throws IOException if the file cannot be read (missing, a folder, no permission)
     */
    @Override
    public Detection detect(Path file) throws IOException {
        if (Arrays.equals(head(file, PDF_HEADER.length), PDF_HEADER)) {
            return new Detection(DocumentFormat.PDF, "application/pdf");
        }
        MediaType type;
        // A fresh Metadata without the resource name: detection by content only.
        try (TikaInputStream in = TikaInputStream.get(file)) {
            type = detector().detect(in, new Metadata());
        }
        if (!FORMATS.containsKey(type.getBaseType().toString())) {
            byte[] head = head(file, SNIFF);
            if (MediaType.OCTET_STREAM.equals(type) && looksLikeThaiLegacyText(head)
                    || BomlessUtf16.charsetOf(head) != null) {
                type = MediaType.TEXT_PLAIN;
            }
        }
        if (MediaType.TEXT_PLAIN.equals(type.getBaseType()) && file.getFileName() != null) {
            type = refinedByName(type, file.getFileName().toString());
        }
        return detection(type);
    }

    /** A more specific text type the name gives (text/csv, text/x-java…), else the type as detected. */
    private MediaType refinedByName(MediaType detected, String name) {
        MimeTypes types = MimeTypes.getDefaultMimeTypes();
        try {
            MediaType byName = types.getMimeType(name).getType();
            return types.getMediaTypeRegistry().isSpecializationOf(byName, MediaType.TEXT_PLAIN) ? byName : detected;
        } catch (RuntimeException e) {
            return detected;
        }
    }

    /** The routing family of a media type; parameters such as {@code charset} are ignored. */
    static Detection detection(MediaType type) {
        String base = type.getBaseType().toString();
        return new Detection(FORMATS.getOrDefault(base, DocumentFormat.UNKNOWN), base);
    }

    /**
     * True for bytes that read as text in TIS-620 / windows-874: printable ASCII, line breaks
     * and tabs, and Thai letters (0xA1–0xFB), with a fair share of Thai; no control bytes.
     */
    static boolean looksLikeThaiLegacyText(byte[] head) {
        int thai = 0;
        for (byte b : head) {
            int c = b & 0xFF;
            if (c >= 0xA1 && c <= 0xFB) {
                thai++;
            } else if (c < 0x20 ? c != '\n' && c != '\r' && c != '\t' && c != '\f'
                    : c >= 0x7F && !isWindows874Punctuation(c)) {
                return false;
            }
        }
        return thai >= Math.max(1, head.length / 10);
    }

    /** The few windows-874 code points outside TIS-620 that Thai text uses: € … ‘ ’ “ ” • – — and no-break space. */
    private static boolean isWindows874Punctuation(int c) {
        return c == 0x80 || c == 0x85 || (c >= 0x91 && c <= 0x97) || c == 0xA0;
    }

    private synchronized Detector detector() {
        if (detector == null) {
            MimeTypes types = MimeTypes.getDefaultMimeTypes();
            detector = new CompositeDetector(types.getMediaTypeRegistry(),
                    List.of(new DefaultZipContainerDetector(), new POIFSContainerDetector(), types));
        }
        return detector;
    }

    private static byte[] head(Path file, int length) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(length);
        }
    }
}
