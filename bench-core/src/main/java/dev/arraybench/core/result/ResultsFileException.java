package dev.arraybench.core.result;

import dev.arraybench.core.io.OneLine;
import java.nio.file.Path;

/**
 * A results file that cannot be used: missing, unreadable, not JSON, of another schema, or with bad values.
 * The message is one line ({@link OneLine}), whatever the file held.
 */
public final class ResultsFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A problem with {@code file}, described by {@code problem}. */
    public ResultsFileException(Path file, String problem) {
        super(OneLine.of(file + ": " + problem));
    }

    /** A problem with {@code file} caused by {@code cause}. */
    public ResultsFileException(Path file, String problem, Throwable cause) {
        super(OneLine.of(file + ": " + problem), cause);
    }
}
