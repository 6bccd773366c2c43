package raingan.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import raingan.ingest.audit.Disbursements;
import raingan.model.FiscalYear;
import raingan.model.ReportEntry;
import raingan.model.ReportRecord;

/**
 * What a document's chart plots: each dated entry's progress and the disbursement so far (a
 * reprinted disbursement counted once, as the audit counts it), and the fiscal-year window
 * they should fall in. The page's script hands it to ECharts.
 */
final class ProgressSeries {

    private ProgressSeries() {
    }

    /** The chart's data as a JSON-ready map, or null when no entry has a date to plot. */
    static Map<String, Object> of(ReportRecord record) {
        List<ReportEntry> reports = record.reports();
        List<Map<String, Object>> points = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            ReportEntry e = reports.get(i);
            if (e.date() == null) {
                continue;
            }
            BigDecimal disbursed = Disbursements.total(reports.subList(0, i + 1));
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("date", e.date().toString());
            point.put("progress", e.progressPercent());
            point.put("disbursed", disbursed);
            point.put("label", e.no() == null ? "Report (no number)" : "Report " + e.no());
            points.add(point);
        }
        if (points.isEmpty()) {
            return null;
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        FiscalYear fy = record.project() == null ? null : record.project().fiscalYear();
        if (fy != null) {
            chart.put("fiscalYear", Map.of("label", "FY " + fy.be() + " (" + fy.ce() + ")",
                    "start", fy.start().toString(), "end", fy.end().toString()));
        }
        chart.put("budget", record.project() == null ? null : record.project().budgetReceived());
        chart.put("points", points);
        return chart;
    }
}
