package raingan.ingest.parse.date;

/** The era a printed year counts in. */
enum Era {
    /** พุทธศักราช, the Buddhist era: the Common Era plus 543. */
    BE,
    /** คริสต์ศักราช, the Common Era. */
    CE
}
