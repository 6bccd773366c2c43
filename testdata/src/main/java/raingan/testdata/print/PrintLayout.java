package raingan.testdata.print;

/** How the A4 form is laid out on paper. */
public enum PrintLayout {
    /**
     * As the BMA system prints it: sections 1.1 and 1.2 as ruled label/value tables (two pairs
     * in the rows of fiscal year/start and budget received/end), section 2 as a ruled table of
     * four columns, the title at the top of every page.
     */
    RULED,
    /** The earlier layout without rules: every field on a line of its own, entries as indented lines. */
    FLOW
}
