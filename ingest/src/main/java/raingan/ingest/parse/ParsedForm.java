package raingan.ingest.parse;

import java.util.List;
import raingan.model.Finding;
import raingan.model.Project;
import raingan.model.ReportEntry;

/**
 * What the form parser read: the form id, section 1 and the entries of section 2, and
 * the findings only the parser can see (markup it removed, list markers out of sequence,
 * project dates it could not read, weekdays printed with dates they do not fall on).
 */
public record ParsedForm(String form, Project project, List<ReportEntry> reports, List<Finding> findings) {
    public ParsedForm {
        reports = List.copyOf(reports);
        findings = List.copyOf(findings);
    }
}
