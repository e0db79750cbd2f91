package dev.arraybench.core.result;

import java.nio.file.Path;

/** A results file that cannot be used: missing, unreadable, not JSON, of another schema, or with bad values. */
public final class ResultsFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A problem with {@code file}, described by {@code problem}. */
    public ResultsFileException(Path file, String problem) {
        super(file + ": " + problem);
    }

    /** A problem with {@code file} caused by {@code cause}. */
    public ResultsFileException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
