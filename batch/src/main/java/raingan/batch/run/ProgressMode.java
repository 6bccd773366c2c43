package raingan.batch.run;

/** How a batch shows its progress on stderr. */
public enum ProgressMode {
    /** {@link #BAR} on a terminal ({@code System.console() != null}), else {@link #LINES}. */
    AUTO,
    /** One line redrawn in place with {@code \r}: files done/total, pages, rate, ETA, failures. */
    BAR,
    /** A plain status line every few seconds, for logs and pipes. */
    LINES,
    /** Nothing but errors: failed files and problems with the run itself. */
    QUIET
}
