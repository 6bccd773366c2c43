package raingan.ingest.detect;

import raingan.ingest.ConversionException;

/** The document's content is of a type raingan does not read (a spreadsheet, an archive…). */
public class UnsupportedFormatException extends ConversionException {
    private static final long serialVersionUID = 1L;
    private final String mediaType;

    public UnsupportedFormatException(String mediaType) {
        super("unsupported content type " + mediaType);
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}
