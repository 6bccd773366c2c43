package raingan.ingest.audit;

import java.util.List;
import raingan.model.Finding;
import raingan.model.ReportRecord;

/** One consistency check over a record: a pure function, no state. */
public interface AuditRule {
    List<Finding> check(ReportRecord record);
}
