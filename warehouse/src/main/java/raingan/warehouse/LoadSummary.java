package raingan.warehouse;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Locale;

/**
 * What a load did: records read, and what became of each.
 *
 * @param warehouse  where they went, as {@link WarehouseTarget#toString()} names it (no password)
 * @param added      documents the warehouse did not have
 * @param replaced   documents whose rows were replaced (converted again, or their file changed)
 * @param unchanged  records stored before exactly as they are now, left alone
 * @param rejected   records not loaded, in the order read
 * @param millis     wall time of the load, opening the warehouse excluded
 */
@JsonPropertyOrder({"warehouse", "records", "added", "replaced", "unchanged", "rejected", "millis",
        "recordsPerSecond", "exitCode"})
public record LoadSummary(String warehouse, int added, int replaced, int unchanged, List<Rejection> rejected,
                          long millis) {

    public LoadSummary {
        rejected = List.copyOf(rejected);
    }

    /** Every record read, loaded or not. */
    @JsonProperty("records")
    public int records() {
        return added + replaced + unchanged + rejected.size();
    }

    /** Records read per second of the load. */
    @JsonProperty("recordsPerSecond")
    public double recordsPerSecond() {
        return millis == 0 ? 0 : Math.round(records() * 10_000.0 / millis) / 10.0;
    }

    /** 0 when every record was loaded, 2 when some were rejected. */
    @JsonProperty("exitCode")
    public int exitCode() {
        return rejected.isEmpty() ? 0 : 2;
    }

    /** One line for people: {@code 20 records into duckdb:…: 20 new, 0 replaced, 0 unchanged, 0 rejected (…)}. */
    public String line() {
        return String.format(Locale.ROOT, "%d records into %s: %d new, %d replaced, %d unchanged, %d rejected"
                        + " (%.1f s, %.0f records/s)", records(), warehouse, added, replaced, unchanged, rejected.size(),
                millis / 1000.0, recordsPerSecond());
    }
}
