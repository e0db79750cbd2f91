package dev.arraybench.core.history;

/**
 * A history database that cannot be used as asked: unreachable, locked by another writer past the wait, of a
 * newer schema, or failing a statement. Its message is one line naming the database and the problem.
 */
public final class HistoryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A problem with {@code database}, described by {@code problem}. */
    public HistoryException(String database, String problem) {
        super(database + ": " + problem);
    }

    /** A problem with {@code database} caused by {@code cause}. */
    public HistoryException(String database, String problem, Throwable cause) {
        super(database + ": " + problem, cause);
    }
}
