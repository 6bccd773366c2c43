package raingan.ingest;

/**
 * Why an input failed, as a stable name a script can group by; each carries the advice
 * that goes into the manifest message.
 *
 * <p>A failure of the conversion itself carries its class ({@link ConversionException#errorClass()});
 * the batch names the others from what happened around it: a file it could not read, a
 * conversion that ran past its time, out of memory or threw, a record it could not write,
 * two inputs with one path.
 */
public enum ErrorClass {
    ENCRYPTED("The document is password-protected: save an unprotected copy"
            + " (e.g. qpdf --decrypt --password=PW in.pdf out.pdf) and convert that."),
    CORRUPT("The file is damaged or is not what its name says: open it in a viewer, then re-export or re-scan it."),
    PAGE_LIMIT("The document has more pages than the page limit: split it, or raise --max-pages"
            + " if it really is one report."),
    TOO_LARGE("An image in it is larger than the pixel limit (a decompression bomb or an oversized scan):"
            + " re-scan or re-save it at 300 dpi."),
    ARCHIVE_BOMB("The file is a container (DOCX, ODT) that inflates to far more than any real document"
            + " (a zip bomb): it was stopped unread. If it is a genuine document, raise --max-inflate."),
    EMPTY_FILE("The file is empty (0 bytes): copy it again from where it came from."),
    UNREADABLE("The file or folder could not be read (permissions, a broken link, a disk error):"
            + " check that it exists and is readable by this user."),
    TIMEOUT("Converting it took longer than the per-file time limit: raise --timeout,"
            + " or convert this file on its own to see where it stops."),
    OUT_OF_MEMORY("The converter ran out of memory on this file: convert it on its own"
            + " with more heap (-Xmx) or fewer threads."),
    CRASH("raingan failed on this file, which is a bug: please report it together with the file."),
    OCR_UNAVAILABLE("This machine cannot OCR (Tesseract or its language data is missing): install what the"
            + " message names (scripts/install-os-deps does), then run the same command again to convert the rest."),
    EXTRACTION_FAILED("The text could not be read: open the file in a viewer to check it;"
            + " re-export or re-scan it if it does not open."),
    CONVERSION_FAILED("The file could not be converted: check that it is a progress report."),
    WRITE_FAILED("The record could not be written to the output folder: check free disk space and permissions."),
    DUPLICATE("Another input has the same relative path, so both would write the same record:"
            + " convert the two folders into different output folders.");

    private final String advice;

    ErrorClass(String advice) {
        this.advice = advice;
    }

    /** What a person can do about it, one or two sentences. */
    public String advice() {
        return advice;
    }
}
