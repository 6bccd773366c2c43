package raingan.ingest.source;

import raingan.ingest.ConversionException;
import raingan.ingest.ErrorClass;

/** The file has no bytes at all (an interrupted download or copy): every parser would say so in its own confusing way. */
public class EmptyFileException extends ConversionException {
    private static final long serialVersionUID = 1L;

    public EmptyFileException(String message) {
        super(message);
    }

    @Override
    public ErrorClass errorClass() {
        return ErrorClass.EMPTY_FILE;
    }

    /** The class's advice says all there is: an empty file has nothing to add to it. */
    @Override
    public String detail() {
        return "";
    }
}
