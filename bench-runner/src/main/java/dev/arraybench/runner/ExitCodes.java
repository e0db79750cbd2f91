package dev.arraybench.runner;

/** The process exit codes of every command, in one place. */
public final class ExitCodes {

    /** Everything worked; {@code compare} found no regression. */
    public static final int OK = 0;
    /** {@code compare} found at least one regression. */
    public static final int REGRESSION = 1;
    /** Bad usage or bad input: an unknown option value, an unreadable or invalid file. */
    public static final int USAGE = 2;
    /** A benchmark failed (a kernel check, a crashed fork); results measured before it were kept. */
    public static final int FAILED = 3;

    private ExitCodes() {
    }
}
