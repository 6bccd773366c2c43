-- Each row's document, project or entry must exist. PostgreSQL only: DuckDB checks a foreign key
-- before the same transaction's deletes count, so with these it could not replace a document's rows
-- in one transaction (https://duckdb.org/docs/sql/indexes, "Over-eager constraint checking").
ALTER TABLE source_page    ADD FOREIGN KEY (source_sha256) REFERENCES source_document (sha256);
ALTER TABLE project        ADD FOREIGN KEY (source_sha256) REFERENCES source_document (sha256);
ALTER TABLE project_item   ADD FOREIGN KEY (source_sha256) REFERENCES project (source_sha256);
ALTER TABLE report_entry   ADD FOREIGN KEY (source_sha256) REFERENCES project (source_sha256);
ALTER TABLE cited_document ADD FOREIGN KEY (source_sha256, entry_index)
                               REFERENCES report_entry (source_sha256, entry_index);
ALTER TABLE finding        ADD FOREIGN KEY (source_sha256) REFERENCES source_document (sha256);
