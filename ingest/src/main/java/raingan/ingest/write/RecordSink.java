package raingan.ingest.write;

import java.io.IOException;
import raingan.model.ReportRecord;

/**
 * The pipeline's last stage: where finished records go, one per input, named as the input
 * is ({@link raingan.ingest.source.SourceDocument#name()}). A record stored is stored whole:
 * a reader, or a run killed at any instant, sees the earlier record or the new one, never
 * part of one. An implementation says whether it may be called from several threads.
 */
public interface RecordSink {

    /**
     * Stores the record of input {@code name}, replacing the one stored before, if any.
     *
     * @throws IOException if it cannot be stored; what was stored before is then unchanged
     */
    void put(String name, ReportRecord record) throws IOException;

    /**
     * Removes the record of input {@code name}, if there is one: the input is no longer converted.
     *
     * @throws IOException if it is there and cannot be removed
     */
    void remove(String name) throws IOException;
}
