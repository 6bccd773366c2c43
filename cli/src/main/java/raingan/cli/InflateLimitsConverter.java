package raingan.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import raingan.ingest.extract.ArchiveLimits;

/**
 * Reads {@code --max-inflate}: a size ({@code 512m}, {@code 1GiB}), a ratio ({@code 500x}), or
 * both ({@code 500x,1g}); what is not given keeps its default.
 */
final class InflateLimitsConverter implements ITypeConverter<ArchiveLimits> {

    private static final Pattern RATIO = Pattern.compile("(\\d+)x");
    private static final Pattern SIZE = Pattern.compile("(\\d+)(k|m|g)?(?:i?b)?");

    @Override
    public ArchiveLimits convert(String value) {
        ArchiveLimits limits = ArchiveLimits.DEFAULTS;
        try {
            for (String part : value.toLowerCase(Locale.ROOT).split(",", -1)) {
                String p = part.strip();
                Matcher ratio = RATIO.matcher(p);
                Matcher size = SIZE.matcher(p);
                if (ratio.matches()) {
                    limits = limits.withMaxRatio(Integer.parseInt(ratio.group(1)));
                } else if (size.matches()) {
                    limits = limits.withMaxInflatedBytes(Math.multiplyExact(Long.parseLong(size.group(1)),
                            unit(size.group(2))));
                } else {
                    throw new IllegalArgumentException(p);
                }
            }
            return limits;
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new IllegalArgumentException("--max-inflate needs a size such as 512m or 1GiB, a ratio such as"
                    + " 500x, or both (500x,1g), was " + value);
        }
    }

    private static long unit(String suffix) {
        if (suffix == null) {
            return 1;
        }
        return switch (suffix) {
            case "k" -> 1L << 10;
            case "m" -> 1L << 20;
            default -> 1L << 30;
        };
    }
}
