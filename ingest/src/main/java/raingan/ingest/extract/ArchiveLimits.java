package raingan.ingest.extract;

/**
 * How far a container (DOCX, ODT: a zip of XML parts) may inflate before it is refused as a
 * zip bomb instead of read. Validated on construction.
 *
 * <p>The defaults are far above what real documents do: their XML parts inflate 5 to 15 times,
 * to a few MiB in all, in a few dozen parts. Deflate cannot pack more than about 1 000 to 1, so a
 * bomb passes the ratio only by inflating slowly, and then meets the size limit.
 *
 * @param maxInflatedBytes  the most bytes the parts may inflate to, each and all together
 * @param maxRatio          the most times its compressed size a part may inflate to, past its first 100 KiB
 * @param maxParts          the most parts a container may hold
 */
public record ArchiveLimits(long maxInflatedBytes, int maxRatio, int maxParts) {

    /** 128 MiB, 100 to 1 (POI's own default ratio, which Tika turns off), 10 000 parts (Tika's limit). */
    public static final ArchiveLimits DEFAULTS = new ArchiveLimits(128L << 20, 100, 10_000);

    public ArchiveLimits {
        if (maxInflatedBytes < 1) {
            throw new IllegalArgumentException("the inflated size limit must be positive, was " + maxInflatedBytes);
        }
        if (maxRatio < 2) {
            throw new IllegalArgumentException("the inflate ratio limit must be at least 2, was " + maxRatio);
        }
        if (maxParts < 1) {
            throw new IllegalArgumentException("the part count limit must be positive, was " + maxParts);
        }
    }

    public ArchiveLimits withMaxInflatedBytes(long bytes) {
        return new ArchiveLimits(bytes, maxRatio, maxParts);
    }

    public ArchiveLimits withMaxRatio(int ratio) {
        return new ArchiveLimits(maxInflatedBytes, ratio, maxParts);
    }
}
