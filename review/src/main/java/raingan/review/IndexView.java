package raingan.review;

/**
 * What the index page's template shows above the table (the table itself is drawn by its script).
 *
 * @param folder    the output folder reviewed, by name
 * @param documents documents listed
 * @param converted of which converted (with a page)
 */
record IndexView(String folder, int documents, int converted, int errors, int warnings, int infos) {

    static IndexView of(String folder, Iterable<IndexRow> rows) {
        int documents = 0;
        int converted = 0;
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        for (IndexRow r : rows) {
            documents++;
            converted += r.href() == null ? 0 : 1;
            errors += r.errors();
            warnings += r.warnings();
            infos += r.infos();
        }
        return new IndexView(folder, documents, converted, errors, warnings, infos);
    }
}
