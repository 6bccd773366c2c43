package raingan.warehouse;

import java.util.ArrayList;
import java.util.List;

/** Counts what became of each record as a load goes; not thread-safe: its owner serialises the calls. */
final class LoadTally {

    private final long startNanos = System.nanoTime();
    private int added;
    private int replaced;
    private int unchanged;
    private final List<Rejection> rejected = new ArrayList<>();

    void count(DocumentWriter.Change change) {
        switch (change) {
            case NEW -> added++;
            case REPLACED -> replaced++;
            case UNCHANGED -> unchanged++;
        }
    }

    void reject(Rejection r) {
        rejected.add(r);
    }

    LoadSummary summary(WarehouseTarget target) {
        return new LoadSummary(target.toString(), added, replaced, unchanged, rejected, (System.nanoTime() - startNanos) / 1_000_000);
    }
}
