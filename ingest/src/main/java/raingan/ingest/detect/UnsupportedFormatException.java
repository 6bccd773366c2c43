package raingan.ingest.detect;

import raingan.ingest.ConversionException;
import raingan.ingest.ErrorClass;

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

    /**
     * Not a failure to a batch, which records the input as unsupported; to a caller that
     * treats it as one, the file could not be converted.
     */
    @Override
    public ErrorClass errorClass() {
        return ErrorClass.CONVERSION_FAILED;
    }
}
