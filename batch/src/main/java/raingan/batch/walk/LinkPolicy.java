package raingan.batch.walk;

/** Which symbolic links inside the folders given the walk follows. */
public enum LinkPolicy {
    /**
     * Only links whose target lies inside one of the folders given; the others are skipped with
     * their target named, so that a link planted in an archive cannot make a run read
     * {@code /etc/passwd} or a whole other disk.
     */
    STAY_INSIDE,
    /** Every link, wherever it points (a loop back to a folder being walked excepted). */
    FOLLOW
}
