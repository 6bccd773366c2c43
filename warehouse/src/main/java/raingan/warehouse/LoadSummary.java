package raingan.warehouse;

import java.util.List;
import java.util.Locale;

/**
 * What a load did: records read, and what became of each.
 *
 * @param added      documents the warehouse did not have
 * @param replaced   documents whose rows were replaced (converted again, or their file changed)
 * @param unchanged  records stored before exactly as they are now, left alone
 * @param rejected   records not loaded, in the order read
 * @param millis     wall time of the load, opening the warehouse excluded
 */
public record LoadSummary(WarehouseTarget target, int added, int replaced, int unchanged, List<Rejection> rejected,
                          long millis) {

    public LoadSummary {
        rejected = List.copyOf(rejected);
    }

    /** Every record read, loaded or not. */
    public int records() {
        return added + replaced + unchanged + rejected.size();
    }

    /** Records read per second of the load. */
    public double recordsPerSecond() {
        return millis == 0 ? 0 : records() * 1000.0 / millis;
    }

    /** 0 when every record was loaded, 2 when some were rejected. */
    public int exitCode() {
        return rejected.isEmpty() ? 0 : 2;
    }

    /** One line for people: {@code 20 records into duckdb:…: 20 new, 0 replaced, 0 unchanged, 0 rejected (…)}. */
    public String line() {
        return String.format(Locale.ROOT, "%d records into %s: %d new, %d replaced, %d unchanged, %d rejected"
                        + " (%.1f s, %.0f records/s)", records(), target, added, replaced, unchanged, rejected.size(),
                millis / 1000.0, recordsPerSecond());
    }
}
