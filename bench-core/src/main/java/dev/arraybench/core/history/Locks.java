package dev.arraybench.core.history;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** Recognises a failure caused by another writer's lock, in SQLite's and in PostgreSQL's words. */
final class Locks {

    /** PostgreSQL's SQLSTATE for a lock not granted within {@code lock_timeout}. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private Locks() {
    }

    /** The one-line description of {@code failure} when another writer's lock caused it, otherwise empty. */
    static Optional<String> describe(Throwable failure, Duration waited) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            boolean sqliteBusy = message.contains("SQLITE_BUSY") || message.contains("database is locked");
            boolean postgresLock = cause instanceof SQLException sql && LOCK_NOT_AVAILABLE.equals(sql.getSQLState());
            if (sqliteBusy || postgresLock) {
                return Optional.of(String.format(Locale.ROOT,
                        "locked by another writer (waited %.1f s); try again when it has finished",
                        waited.toMillis() / 1000.0));
            }
        }
        return Optional.empty();
    }
}
