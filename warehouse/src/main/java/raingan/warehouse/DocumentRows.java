package raingan.warehouse;


import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import raingan.model.CitedDocument;
import raingan.model.Finding;
import raingan.model.FiscalYear;
import raingan.model.LowerCaseEnum;
import raingan.model.PageSource;
import raingan.model.Person;
import raingan.model.Project;
import raingan.model.ReportEntry;
import raingan.model.ReportRecord;
import raingan.model.Source;
import raingan.model.Strategy;
import raingan.warehouse.TableRows.Column;

/**
 * The rows of records, table by table: {@link #add} maps a record to rows, {@link #flush} inserts
 * those of every record added since, tables in foreign-key order, in the caller's transaction.
 * Not thread-safe.
 */
final class DocumentRows implements AutoCloseable {

    /** Amounts are baht and satang; the tables keep two decimals and never round. */
    private static final int AMOUNT_SCALE = 2;

    private final TableRows documents;
    private final TableRows pages;
    private final TableRows projects;
    private final TableRows items;
    private final TableRows entries;
    private final TableRows cited;
    private final TableRows findings;
    /** Parents before children. */
    private final List<TableRows> tables;

    private static final String VARCHAR = "VARCHAR";
    private static final String INTEGER = "INTEGER";
    private static final String DOUBLE = "DOUBLE PRECISION";
    private static final String DATE = "DATE";
    private static final String DECIMAL = "DECIMAL(18, 2)";
    private static final String BOOLEAN = "BOOLEAN";

    DocumentRows(Connection c, Engine engine, ObjectMapper json) {
        documents = new TableRows(c, engine, "source_document", json, List.of(new Column("sha256", VARCHAR),
                new Column("file", VARCHAR), new Column("media_type", VARCHAR), new Column("page_count", INTEGER),
                new Column("method", VARCHAR), new Column("ocr_confidence", DOUBLE), new Column("form", VARCHAR),
                new Column("schema_version", INTEGER), new Column("record_sha256", VARCHAR)));
        pages = new TableRows(c, engine, "source_page", json, List.of(new Column("source_sha256", VARCHAR),
                new Column("page_number", INTEGER), new Column("method", VARCHAR),
                new Column("ocr_confidence", DOUBLE), new Column("text_layer_score", DOUBLE)));
        projects = new TableRows(c, engine, "project", json, List.of(new Column("source_sha256", VARCHAR),
                new Column("code", VARCHAR), new Column("name", VARCHAR), new Column("fiscal_year_be", INTEGER),
                new Column("fiscal_year_ce", INTEGER), new Column("fiscal_year_start", DATE),
                new Column("fiscal_year_end", DATE), new Column("start_date", DATE), new Column("end_date", DATE),
                new Column("budget_received", DECIMAL), new Column("budget_spent", DECIMAL),
                new Column("agency", VARCHAR), new Column("agency_path", VARCHAR),
                new Column("responsible_title", VARCHAR), new Column("responsible_name", VARCHAR),
                new Column("responsible_phone", VARCHAR), new Column("coordinator_title", VARCHAR),
                new Column("coordinator_name", VARCHAR), new Column("coordinator_phone", VARCHAR),
                new Column("strategy_issue", VARCHAR), new Column("strategy_sub_issue", VARCHAR),
                new Column("strategy_goal", VARCHAR), new Column("strategy_indicator", VARCHAR)));
        items = new TableRows(c, engine, "project_item", json, List.of(new Column("source_sha256", VARCHAR),
                new Column("section", VARCHAR), new Column("item_index", INTEGER), new Column("item_text", VARCHAR)));
        entries = new TableRows(c, engine, "report_entry", json, List.of(new Column("source_sha256", VARCHAR),
                new Column("entry_index", INTEGER), new Column("entry_no", INTEGER), new Column("entry_date", DATE),
                new Column("date_text", VARCHAR), new Column("status", VARCHAR),
                new Column("status_category", VARCHAR), new Column("progress_percent", DOUBLE),
                new Column("disbursement_no", INTEGER), new Column("disbursed_amount", DECIMAL),
                new Column("on_plan", BOOLEAN), new Column("on_target", BOOLEAN)));
        cited = new TableRows(c, engine, "cited_document", json, List.of(new Column("source_sha256", VARCHAR),
                new Column("entry_index", INTEGER), new Column("cited_index", INTEGER), new Column("kind", VARCHAR),
                new Column("cited_number", VARCHAR), new Column("cited_date", DATE)));
        findings = new TableRows(c, engine, "finding", json, List.of(new Column("source_sha256", VARCHAR),
                new Column("finding_index", INTEGER), new Column("rule", VARCHAR), new Column("severity", VARCHAR),
                new Column("pointer", VARCHAR), new Column("message", VARCHAR)));
        tables = List.of(documents, pages, projects, items, entries, cited, findings);
    }

    /**
     * Adds the rows of one record, to be inserted by the next {@link #flush}.
     *
     * @param recordSha256 the digest of the record as loaded
     * @throws InvalidRecordException if a value does not fit its column (an amount finer than satang);
     *                                nothing of the record is then added
     */
    void add(DocumentKey key, ReportRecord r, String recordSha256) throws InvalidRecordException {
        String sha = key.sha256();
        Project p = r.project();
        // Checked first, so that a record is added whole or not at all.
        BigDecimal received = p == null ? null : amount(p.budgetReceived(), "/project/budgetReceived");
        BigDecimal spent = p == null ? null : amount(p.budgetSpent(), "/project/budgetSpent");
        BigDecimal[] disbursed = new BigDecimal[r.reports().size()];
        for (int e = 0; e < disbursed.length; e++) {
            disbursed[e] = amount(r.reports().get(e).disbursedAmount(), "/reports/" + e + "/disbursedAmount");
        }

        Source s = r.source();
        documents.add(sha, key.file(), s.mediaType(), s.pageCount(), json(s.method()), s.ocrConfidence(), r.form(),
                r.schemaVersion(), recordSha256);
        for (PageSource page : s.pages()) {
            pages.add(sha, page.number(), json(page.method()), page.ocrConfidence(), page.textLayerScore());
        }
        if (p != null) {
            addProject(sha, p, received, spent);
        }
        for (int e = 0; e < r.reports().size(); e++) {
            ReportEntry x = r.reports().get(e);
            entries.add(sha, e, x.no(), x.date(), x.dateText(), x.status(), json(x.statusCategory()),
                    x.progressPercent(), x.disbursementNo(), disbursed[e], x.onPlan(), x.onTarget());
            List<CitedDocument> docs = x.citedDocuments();
            for (int k = 0; k < docs.size(); k++) {
                CitedDocument d = docs.get(k);
                cited.add(sha, e, k, json(d.kind()), d.number(), d.date());
            }
        }
        for (int f = 0; f < r.findings().size(); f++) {
            Finding x = r.findings().get(f);
            findings.add(sha, f, x.rule() == null ? null : x.rule().id(), json(x.severity()), x.at(), x.message());
        }
    }

    private void addProject(String sha, Project p, BigDecimal received, BigDecimal spent) {
        FiscalYear fy = p.fiscalYear();
        List<String> agency = p.agency() == null || p.agency().isEmpty() ? null : p.agency();
        Person resp = p.responsible() == null ? new Person(null, null, null) : p.responsible();
        Person coord = p.coordinator() == null ? new Person(null, null, null) : p.coordinator();
        Strategy st = p.strategy() == null ? new Strategy(null, null, null, null) : p.strategy();
        projects.add(sha, p.code(), p.name(), fy == null ? null : fy.be(), fy == null ? null : fy.ce(),
                fy == null ? null : fy.start(), fy == null ? null : fy.end(), p.startDate(), p.endDate(),
                received, spent, agency == null ? null : agency.get(0),
                agency == null ? null : String.join(" / ", agency),
                resp.title(), resp.name(), resp.phone(), coord.title(), coord.name(), coord.phone(),
                st.issue(), st.subIssue(), st.goal(), st.indicator());
        addItems(sha, "rationale", p.rationale());
        addItems(sha, "objective", p.objectives());
        addItems(sha, "target", p.targets());
    }

    private void addItems(String sha, String section, List<String> texts) {
        if (texts != null) {
            for (int k = 0; k < texts.size(); k++) {
                items.add(sha, section, k, texts.get(k));
            }
        }
    }

    /** Inserts every row added since the last flush. */
    void flush() throws SQLException {
        for (TableRows t : tables) {
            t.flush();
        }
    }

    /** Forgets the rows not yet flushed: their transaction was rolled back. */
    void discard() {
        tables.forEach(TableRows::discard);
    }

    private static String json(LowerCaseEnum value) {
        return value == null ? null : value.json();
    }

    private static BigDecimal amount(BigDecimal v, String at) throws InvalidRecordException {
        if (v == null) {
            return null;
        }
        try {
            return v.setScale(AMOUNT_SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new InvalidRecordException(at + " is " + v.toPlainString() + " baht, finer than a satang:"
                    + " the warehouse keeps two decimals and does not round");
        }
    }

    @Override
    public void close() throws SQLException {
        for (TableRows t : tables) {
            t.close();
        }
    }
}
