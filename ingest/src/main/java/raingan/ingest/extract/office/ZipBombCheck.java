package raingan.ingest.extract.office;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import raingan.ingest.extract.ArchiveBombException;
import raingan.ingest.extract.ArchiveLimits;

/**
 * Refuses a zip container that inflates like a bomb before any parser reads it. Every part is
 * inflated once, into nothing, through POI's {@link ZipSecureFile}, which stops at the first
 * part that inflates too far or too many times its compressed size: a bomb of the usual 1 000
 * to 1 is stopped after POI's grace of 100 KiB, in milliseconds, holding one buffer. Checking
 * every part, not only those a parser reads, covers ODT too, which Tika opens with
 * {@code java.util.zip} and no limits at all; and the parts' sizes are summed, so that thousands of
 * small parts, each within POI's grace, cannot add up to a bomb either.
 *
 * <p>POI keeps its limits per JVM, and Tika's OOXML parser turns the ratio off when it loads. They
 * are set again before each check, which also arms POI's own check inside Tika's DOCX parsing:
 * converters in one JVM should share one set of limits.
 */
final class ZipBombCheck {

    /** How every zip file begins: a local file header. */
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    /**
     * How POI's threshold stream begins the message of what it throws at a limit; any other I/O
     * error while inflating is a damaged file.
     */
    private static final String POI_BOMB = "Zip bomb detected!";

    private ZipBombCheck() {
    }

    /** True when the file is a zip container (DOCX, ODT, XLSX…), whatever its extension. */
    static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ZIP_MAGIC.length), ZIP_MAGIC);
        }
    }

    /**
     * @throws ArchiveBombException if a part, or all of them together, inflate past the limits, or
     *                              there are too many parts
     * @throws IOException          if the file is not a readable zip (damaged, truncated)
     */
    static void check(Path file, ArchiveLimits limits) throws ArchiveBombException, IOException {
        ZipSecureFile.setMinInflateRatio(1.0 / limits.maxRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxInflatedBytes());
        ZipSecureFile.setMaxFileCount(limits.maxParts());
        try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
            int parts = 0;
            long inflated = 0;
            for (Enumeration<ZipArchiveEntry> entries = zip.getEntries(); entries.hasMoreElements(); ) {
                ZipArchiveEntry entry = entries.nextElement();
                if (++parts > limits.maxParts()) {
                    throw new ArchiveBombException("it holds more than " + limits.maxParts()
                            + " parts, where a real document has a few dozen");
                }
                inflated += inflate(zip, entry, limits);
                if (inflated > limits.maxInflatedBytes()) {
                    throw new ArchiveBombException("its parts together inflate to more than "
                            + mebibytes(limits.maxInflatedBytes()));
                }
            }
        }
    }

    /** @return the bytes the part inflated to */
    private static long inflate(ZipSecureFile zip, ZipArchiveEntry entry, ArchiveLimits limits)
            throws ArchiveBombException, IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            String message = e.getMessage();
            if (message == null || !message.startsWith(POI_BOMB)) {
                throw e;
            }
            String limit = message.contains("MAX_ENTRY_SIZE")
                    ? mebibytes(limits.maxInflatedBytes())
                    : limits.maxRatio() + " times its " + entry.getCompressedSize() + " compressed bytes";
            throw new ArchiveBombException("its part " + entry.getName() + " inflates to more than " + limit, e);
        }
    }

    private static String mebibytes(long bytes) {
        return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MiB" : bytes + " bytes";
    }
}
