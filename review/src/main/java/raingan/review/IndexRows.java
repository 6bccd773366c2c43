package raingan.review;

import java.util.List;
import java.util.TreeSet;
import raingan.batch.manifest.FindingCounts;
import raingan.batch.manifest.ManifestEntry;
import raingan.model.Finding;
import raingan.model.Project;
import raingan.model.ReportEntry;
import raingan.model.ReportRecord;

/** The index's line of a document, from its manifest entry and, when it was converted, its record. */
final class IndexRows {

    private IndexRows() {
    }

    static IndexRow of(ConvertedDocument doc, ReportRecord record) {
        ManifestEntry e = doc.entry();
        String status = e.status().json();
        if (record == null) {
            String why = e.errorClass() == null ? e.message() : e.errorClass() + ": " + e.message();
            return new IndexRow(null, e.path(), null, null, null, null, status, null,
                    e.method() == null ? null : e.method().json(), null, 0, 0, 0, "", why);
        }
        Project p = record.project();
        FindingCounts counts = FindingCounts.of(record.findings());
        TreeSet<String> rules = new TreeSet<>();
        for (Finding f : record.findings()) {
            if (f.rule() != null) {
                rules.add(f.rule().id());
            }
        }
        return new IndexRow(doc.pageHref(), e.path(), p == null ? null : p.code(), p == null ? null : p.name(),
                p == null || p.agency() == null ? null : String.join(" / ", p.agency()),
                p == null || p.fiscalYear() == null ? null : p.fiscalYear().be(), status, latest(record.reports()),
                record.source() == null || record.source().method() == null ? null : record.source().method().json(),
                record.source() == null ? null : record.source().ocrConfidence(),
                counts.error(), counts.warning(), counts.info(), String.join(" ", rules), null);
    }

    private static String latest(List<ReportEntry> reports) {
        for (int i = reports.size() - 1; i >= 0; i--) {
            if (reports.get(i).statusCategory() != null) {
                return reports.get(i).statusCategory().json();
            }
        }
        return null;
    }
}
