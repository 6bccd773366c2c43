package raingan.testdata.generate;

/**
 * A defect planted while drafting, pointing at an entry (whose index is only known once every
 * entry is in place) or at a fixed pointer.
 */
record Planted(DefectKind kind, EntryDraft entry, String pointer) {

    static Planted atEntry(DefectKind kind, EntryDraft entry, String suffix) {
        return new Planted(kind, entry, suffix);
    }

    static Planted at(DefectKind kind, String pointer) {
        return new Planted(kind, null, pointer);
    }
}
