package raingan.testdata.print;

/** How the plain-text export lays out section 2's entries. */
public enum EntryLayout {
    /** Each entry over four lines separated by blank lines: date and status, progress, plan, target. */
    MULTI_LINE,
    /** Each entry on one tab-separated line; a long status pushes its progress onto the next line. */
    TABBED,
    /** The first entries multi-line, then a page break (the title repeated) and the rest tabbed, as the seed. */
    MIXED
}
