package raingan.ingest.parse;

/** The parts of the BMA project progress report, in print order. */
enum Section {
    /** Section 1, 1.1 and 1.2: labelled header fields. */
    HEADER,
    /** 1.3 หลักการและเหตุผล. */
    RATIONALE,
    /** 1.4 วัตถุประสงค์. */
    OBJECTIVES,
    /** 1.5 เป้าหมาย. */
    TARGETS,
    /** 1.6 สนับสนุนแผนพัฒนา กทม.: labelled strategy fields. */
    STRATEGY,
    /** 2. รายงานความก้าวหน้า: the progress entries. */
    REPORTS,
    /** The signature block after the entries. */
    FOOTER
}
