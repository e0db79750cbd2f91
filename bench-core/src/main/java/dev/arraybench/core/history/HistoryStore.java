package dev.arraybench.core.history;

import dev.arraybench.core.result.ResultsFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * The history of runs: a SQLite file or a PostgreSQL database with arraybench's schema, to which results
 * files are added (one transaction each) and from which each benchmark's series over commits is read.
 */
public final class HistoryStore implements AutoCloseable {

    private final String database;
    private final Duration lockWait;
    private final Connection connection;

    private HistoryStore(String database, Duration lockWait, Connection connection) {
        this.database = database;
        this.lockWait = lockWait;
        this.connection = connection;
    }

    /**
     * Opens (and creates or migrates) the history at {@code database}: a file path or a
     * {@code jdbc:postgresql://} URL; a writer waits up to {@code lockWait} for another writer's lock.
     *
     * @throws HistoryException when it cannot be opened, is locked past the wait or has a newer schema
     */
    public static HistoryStore open(String database, Duration lockWait) {
        return new HistoryStore(database, lockWait, HistoryDatabase.open(database, lockWait));
    }

    /**
     * Adds every machine's runs of {@code file}, all or nothing.
     *
     * @throws ResultsFileException when the file cannot be read or is not a results file; nothing is added
     * @throws HistoryException when the database refuses the writes; nothing is added
     */
    public List<Added> add(Path file, RunProvenance provenance) {
        try {
            return new HistoryWriter(connection).add(file, provenance);
        } catch (SQLException e) {
            throw failure("cannot add " + file, e);
        }
    }

    /** Every benchmark's series on {@code branch}, one per machine class. */
    public List<Series> series(String branch) {
        try {
            return new HistoryReader(connection).series(branch);
        } catch (SQLException e) {
            throw failure("cannot be read", e);
        }
    }

    /** The underlying connection, for exports and tests that read the tables. */
    Connection connection() {
        return connection;
    }

    private HistoryException failure(String what, SQLException e) {
        return new HistoryException(database, Locks.describe(e, lockWait)
                .orElse(what + " (" + HistoryDatabase.firstLine(e) + ")"), e);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("cannot be closed", e);
        }
    }
}
