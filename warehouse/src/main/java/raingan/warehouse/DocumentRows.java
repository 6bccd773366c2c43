package raingan.warehouse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import raingan.model.CitedDocument;
import raingan.model.Finding;
import raingan.model.PageSource;
import raingan.model.Person;
import raingan.model.Project;
import raingan.model.ReportEntry;
import raingan.model.ReportRecord;
import raingan.model.Source;
import raingan.model.Strategy;

/**
 * Inserts the rows of one record, table by table in foreign-key order, each table's rows as one
 * JDBC batch, in the caller's transaction. Holds its prepared statements for the connection's life.
 */
final class DocumentRows implements AutoCloseable {

    /** Amounts are baht and satang; the tables keep two decimals and never round. */
    private static final int AMOUNT_SCALE = 2;

    private final PreparedStatement document;
    private final PreparedStatement page;
    private final PreparedStatement project;
    private final PreparedStatement item;
    private final PreparedStatement entry;
    private final PreparedStatement cited;
    private final PreparedStatement finding;

    DocumentRows(Connection c) throws SQLException {
        document = c.prepareStatement("INSERT INTO source_document (sha256, file, media_type, page_count, method,"
                + " ocr_confidence, form, schema_version, record_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        page = c.prepareStatement("INSERT INTO source_page (source_sha256, page_number, method, ocr_confidence,"
                + " text_layer_score) VALUES (?, ?, ?, ?, ?)");
        project = c.prepareStatement("INSERT INTO project (source_sha256, code, name, fiscal_year_be, fiscal_year_ce,"
                + " fiscal_year_start, fiscal_year_end, start_date, end_date, budget_received, budget_spent, agency,"
                + " agency_path, responsible_title, responsible_name, responsible_phone, coordinator_title,"
                + " coordinator_name, coordinator_phone, strategy_issue, strategy_sub_issue, strategy_goal,"
                + " strategy_indicator) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        item = c.prepareStatement("INSERT INTO project_item (source_sha256, section, item_index, item_text)"
                + " VALUES (?, ?, ?, ?)");
        entry = c.prepareStatement("INSERT INTO report_entry (source_sha256, entry_index, entry_no, entry_date,"
                + " date_text, status, status_category, progress_percent, disbursement_no, disbursed_amount, on_plan,"
                + " on_target) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        cited = c.prepareStatement("INSERT INTO cited_document (source_sha256, entry_index, cited_index, kind,"
                + " cited_number, cited_date) VALUES (?, ?, ?, ?, ?, ?)");
        finding = c.prepareStatement("INSERT INTO finding (source_sha256, finding_index, rule, severity, pointer,"
                + " message) VALUES (?, ?, ?, ?, ?, ?)");
    }

    /**
     * @param key            the record's key, checked by {@link DocumentKey#of}
     * @param recordSha256   the digest of the record as loaded
     * @throws InvalidRecordException if a value does not fit its column (an amount finer than satang)
     */
    void insert(DocumentKey key, ReportRecord r, String recordSha256) throws SQLException, InvalidRecordException {
        Source s = r.source();
        String sha = key.sha256();
        int i = 0;
        document.setString(++i, sha);
        document.setString(++i, key.file());
        document.setString(++i, s.mediaType());
        document.setInt(++i, s.pageCount());
        document.setString(++i, s.method() == null ? null : s.method().json());
        setDouble(document, ++i, s.ocrConfidence());
        document.setString(++i, r.form());
        document.setInt(++i, r.schemaVersion());
        document.setString(++i, recordSha256);
        document.executeUpdate();

        for (PageSource p : s.pages()) {
            page.setString(1, sha);
            page.setInt(2, p.number());
            page.setString(3, p.method().json());
            setDouble(page, 4, p.ocrConfidence());
            setDouble(page, 5, p.textLayerScore());
            page.addBatch();
        }
        flush(page, s.pages().size());

        if (r.project() != null) {
            insertProject(sha, r.project());
        }
        for (int e = 0; e < r.reports().size(); e++) {
            insertEntry(sha, e, r.reports().get(e));
        }
        flush(entry, r.reports().size());
        int citations = 0;
        for (int e = 0; e < r.reports().size(); e++) {
            List<CitedDocument> docs = r.reports().get(e).citedDocuments();
            for (int k = 0; k < docs.size(); k++) {
                CitedDocument d = docs.get(k);
                cited.setString(1, sha);
                cited.setInt(2, e);
                cited.setInt(3, k);
                cited.setString(4, d.kind() == null ? null : d.kind().json());
                cited.setString(5, d.number());
                setDate(cited, 6, d.date());
                cited.addBatch();
                citations++;
            }
        }
        flush(cited, citations);

        for (int f = 0; f < r.findings().size(); f++) {
            Finding x = r.findings().get(f);
            finding.setString(1, sha);
            finding.setInt(2, f);
            finding.setString(3, x.rule() == null ? null : x.rule().id());
            finding.setString(4, x.severity() == null ? null : x.severity().json());
            finding.setString(5, x.at());
            finding.setString(6, x.message());
            finding.addBatch();
        }
        flush(finding, r.findings().size());
    }

    private void insertProject(String sha, Project p) throws SQLException, InvalidRecordException {
        int i = 0;
        project.setString(++i, sha);
        project.setString(++i, p.code());
        project.setString(++i, p.name());
        setInt(project, ++i, p.fiscalYear() == null ? null : p.fiscalYear().be());
        setInt(project, ++i, p.fiscalYear() == null ? null : p.fiscalYear().ce());
        setDate(project, ++i, p.fiscalYear() == null ? null : p.fiscalYear().start());
        setDate(project, ++i, p.fiscalYear() == null ? null : p.fiscalYear().end());
        setDate(project, ++i, p.startDate());
        setDate(project, ++i, p.endDate());
        setAmount(project, ++i, p.budgetReceived(), "/project/budgetReceived");
        setAmount(project, ++i, p.budgetSpent(), "/project/budgetSpent");
        List<String> agency = p.agency();
        project.setString(++i, agency == null || agency.isEmpty() ? null : agency.get(0));
        project.setString(++i, agency == null || agency.isEmpty() ? null : String.join(" / ", agency));
        i = setPerson(project, i, p.responsible());
        i = setPerson(project, i, p.coordinator());
        Strategy st = p.strategy();
        project.setString(++i, st == null ? null : st.issue());
        project.setString(++i, st == null ? null : st.subIssue());
        project.setString(++i, st == null ? null : st.goal());
        project.setString(++i, st == null ? null : st.indicator());
        project.executeUpdate();

        int items = addItems(sha, "rationale", p.rationale()) + addItems(sha, "objective", p.objectives())
                + addItems(sha, "target", p.targets());
        flush(item, items);
    }

    private int addItems(String sha, String section, List<String> texts) throws SQLException {
        if (texts == null) {
            return 0;
        }
        for (int k = 0; k < texts.size(); k++) {
            item.setString(1, sha);
            item.setString(2, section);
            item.setInt(3, k);
            item.setString(4, texts.get(k));
            item.addBatch();
        }
        return texts.size();
    }

    private void insertEntry(String sha, int index, ReportEntry e) throws SQLException, InvalidRecordException {
        int i = 0;
        entry.setString(++i, sha);
        entry.setInt(++i, index);
        setInt(entry, ++i, e.no());
        setDate(entry, ++i, e.date());
        entry.setString(++i, e.dateText());
        entry.setString(++i, e.status());
        entry.setString(++i, e.statusCategory() == null ? null : e.statusCategory().json());
        setDouble(entry, ++i, e.progressPercent());
        setInt(entry, ++i, e.disbursementNo());
        setAmount(entry, ++i, e.disbursedAmount(), "/reports/" + index + "/disbursedAmount");
        setBoolean(entry, ++i, e.onPlan());
        setBoolean(entry, ++i, e.onTarget());
        entry.addBatch();
    }

    private static int setPerson(PreparedStatement st, int i, Person p) throws SQLException {
        st.setString(i + 1, p == null ? null : p.title());
        st.setString(i + 2, p == null ? null : p.name());
        st.setString(i + 3, p == null ? null : p.phone());
        return i + 3;
    }

    private static void flush(PreparedStatement st, int rows) throws SQLException {
        if (rows > 0) {
            st.executeBatch();
        }
    }

    private static void setInt(PreparedStatement st, int i, Integer v) throws SQLException {
        if (v == null) {
            st.setNull(i, Types.INTEGER);
        } else {
            st.setInt(i, v);
        }
    }

    private static void setDouble(PreparedStatement st, int i, Double v) throws SQLException {
        if (v == null) {
            st.setNull(i, Types.DOUBLE);
        } else {
            st.setDouble(i, v);
        }
    }

    private static void setBoolean(PreparedStatement st, int i, Boolean v) throws SQLException {
        if (v == null) {
            st.setNull(i, Types.BOOLEAN);
        } else {
            st.setBoolean(i, v);
        }
    }

    private static void setDate(PreparedStatement st, int i, LocalDate v) throws SQLException {
        if (v == null) {
            st.setNull(i, Types.DATE);
        } else {
            st.setObject(i, v);
        }
    }

    private static void setAmount(PreparedStatement st, int i, BigDecimal v, String at)
            throws SQLException, InvalidRecordException {
        if (v == null) {
            st.setNull(i, Types.DECIMAL);
            return;
        }
        try {
            st.setBigDecimal(i, v.setScale(AMOUNT_SCALE, RoundingMode.UNNECESSARY));
        } catch (ArithmeticException e) {
            throw new InvalidRecordException(at + " is " + v.toPlainString() + " baht, finer than a satang:"
                    + " the warehouse keeps two decimals and does not round");
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement st : List.of(document, page, project, item, entry, cited, finding)) {
            st.close();
        }
    }
}
