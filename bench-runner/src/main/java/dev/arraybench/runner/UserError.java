package dev.arraybench.runner;

/**
 * A mistake in what the user asked for, found after option parsing (an unwritable output folder, a size
 * that does not fit in memory): shown as one line, exit code {@link ExitCodes#USAGE}.
 */
public final class UserError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A mistake described by {@code message}, which names the option or file and what was wrong. */
    public UserError(String message) {
        super(message);
    }
}
