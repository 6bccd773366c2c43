-- The tables of report records, schema version 1 (ReportRecord.SCHEMA_VERSION): migration N creates or
-- changes what records of schema version N need, so the warehouse's version (flyway_schema_history)
-- says which records it can hold; N.x are changes within one record version. Portable SQL: this
-- folder is applied to DuckDB and PostgreSQL alike; ../postgresql holds what only PostgreSQL gets.
--
-- A document is identified by its bytes: every row hangs off source_document.sha256, so a copy of a
-- file loads once and a file converted again replaces its rows. Positions are 0-based, as in the
-- JSON Pointers of findings (/reports/4 is entry_index 4). The foreign keys are PostgreSQL's only
-- (V1.1): DuckDB checks them before a transaction's own deletes count, so it could not replace a
-- document's rows in one transaction.

CREATE TABLE source_document (
    sha256          VARCHAR(64) PRIMARY KEY CHECK (length(sha256) = 64),
    file            VARCHAR NOT NULL,
    media_type      VARCHAR,
    page_count      INTEGER NOT NULL CHECK (page_count >= 0),
    method          VARCHAR CHECK (method IN ('text', 'ocr', 'mixed')),
    ocr_confidence  DOUBLE PRECISION CHECK (ocr_confidence BETWEEN 0 AND 1),
    form            VARCHAR NOT NULL,
    schema_version  INTEGER NOT NULL,
    -- sha256 of the record as loaded: a record loaded again unchanged is left alone.
    record_sha256   VARCHAR(64) NOT NULL
);
CREATE INDEX source_document_file ON source_document (file);

CREATE TABLE source_page (
    source_sha256    VARCHAR(64) NOT NULL,
    page_number      INTEGER NOT NULL CHECK (page_number >= 1),
    method           VARCHAR NOT NULL CHECK (method IN ('text', 'ocr')),
    ocr_confidence   DOUBLE PRECISION CHECK (ocr_confidence BETWEEN 0 AND 1),
    text_layer_score DOUBLE PRECISION CHECK (text_layer_score BETWEEN 0 AND 1),
    PRIMARY KEY (source_sha256, page_number)
);

CREATE TABLE project (
    source_sha256       VARCHAR(64) PRIMARY KEY,
    code                VARCHAR,
    name                VARCHAR,
    fiscal_year_be      INTEGER,
    fiscal_year_ce      INTEGER,
    fiscal_year_start   DATE,
    fiscal_year_end     DATE,
    start_date          DATE,
    end_date            DATE,
    budget_received     DECIMAL(18, 2),
    budget_spent        DECIMAL(18, 2),
    -- agency is the top of the printed path (a department or a district office), agency_path all of it.
    agency              VARCHAR,
    agency_path         VARCHAR,
    responsible_title   VARCHAR,
    responsible_name    VARCHAR,
    responsible_phone   VARCHAR,
    coordinator_title   VARCHAR,
    coordinator_name    VARCHAR,
    coordinator_phone   VARCHAR,
    strategy_issue      VARCHAR,
    strategy_sub_issue  VARCHAR,
    strategy_goal       VARCHAR,
    strategy_indicator  VARCHAR
);
CREATE INDEX project_code ON project (code);

-- Sections 1.3 to 1.5: one row per printed item.
CREATE TABLE project_item (
    source_sha256  VARCHAR(64) NOT NULL,
    section        VARCHAR NOT NULL CHECK (section IN ('rationale', 'objective', 'target')),
    item_index     INTEGER NOT NULL,
    item_text      VARCHAR NOT NULL,
    PRIMARY KEY (source_sha256, section, item_index)
);

CREATE TABLE report_entry (
    source_sha256     VARCHAR(64) NOT NULL,
    entry_index       INTEGER NOT NULL,
    entry_no          INTEGER,
    entry_date        DATE,
    date_text         VARCHAR,
    status            VARCHAR,
    status_category   VARCHAR CHECK (status_category IN
                          ('in_progress', 'suspended', 'cancelled', 'completed', 'not_started', 'other')),
    progress_percent  DOUBLE PRECISION,
    disbursement_no   INTEGER,
    disbursed_amount  DECIMAL(18, 2),
    on_plan           BOOLEAN,
    on_target         BOOLEAN,
    PRIMARY KEY (source_sha256, entry_index)
);

CREATE TABLE cited_document (
    source_sha256  VARCHAR(64) NOT NULL,
    entry_index    INTEGER NOT NULL,
    cited_index    INTEGER NOT NULL,
    kind           VARCHAR NOT NULL CHECK (kind IN ('letter', 'order', 'announcement')),
    cited_number   VARCHAR,
    cited_date     DATE,
    PRIMARY KEY (source_sha256, entry_index, cited_index)
);

CREATE TABLE finding (
    source_sha256  VARCHAR(64) NOT NULL,
    finding_index  INTEGER NOT NULL,
    rule           VARCHAR NOT NULL,
    severity       VARCHAR NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
    pointer        VARCHAR NOT NULL,  -- the finding's "at": a JSON Pointer into the record
    message        VARCHAR NOT NULL,
    PRIMARY KEY (source_sha256, finding_index)
);
CREATE INDEX finding_rule ON finding (rule);

-- What each project's entries disbursed: an entry that reprints an earlier disbursement (the same
-- number and amount) counts once, as the budget.disbursed-mismatch rule counts them.
CREATE VIEW project_disbursed AS
SELECT source_sha256, sum(disbursed_amount) AS disbursed
FROM (SELECT DISTINCT source_sha256, disbursement_no, disbursed_amount
      FROM report_entry WHERE disbursed_amount IS NOT NULL AND disbursement_no IS NOT NULL
      UNION ALL
      SELECT source_sha256, disbursement_no, disbursed_amount
      FROM report_entry WHERE disbursed_amount IS NOT NULL AND disbursement_no IS NULL) AS counted
GROUP BY source_sha256;

-- Dashboard: budget received, spent and disbursed per agency and fiscal year.
CREATE VIEW agency_budget AS
SELECT p.agency,
       p.fiscal_year_be,
       p.fiscal_year_ce,
       count(*)                     AS projects,
       sum(p.budget_received)       AS budget_received,
       sum(p.budget_spent)          AS budget_spent,
       coalesce(sum(d.disbursed), 0) AS disbursed
FROM project p
LEFT JOIN project_disbursed d ON d.source_sha256 = p.source_sha256
GROUP BY p.agency, p.fiscal_year_be, p.fiscal_year_ce;

-- Dashboard: projects whose latest entry (the last one printed with a status) is cancelled or suspended.
CREATE VIEW project_stopped AS
SELECT p.source_sha256, p.code, p.name, p.agency, p.fiscal_year_be,
       e.entry_no, e.entry_date, e.status_category, e.status
FROM project p
JOIN (SELECT source_sha256, entry_no, entry_date, status_category, status,
             row_number() OVER (PARTITION BY source_sha256 ORDER BY entry_index DESC) AS recency
      FROM report_entry WHERE status_category IS NOT NULL) AS e
  ON e.source_sha256 = p.source_sha256 AND e.recency = 1
WHERE e.status_category IN ('cancelled', 'suspended');

-- Dashboard: findings per rule per agency; a document that is not the form has no agency (null).
CREATE VIEW agency_findings AS
SELECT p.agency, f.rule, f.severity, count(*) AS findings, count(DISTINCT f.source_sha256) AS documents
FROM finding f
LEFT JOIN project p ON p.source_sha256 = f.source_sha256
GROUP BY p.agency, f.rule, f.severity;
