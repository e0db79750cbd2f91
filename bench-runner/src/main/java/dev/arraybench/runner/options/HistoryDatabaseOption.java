package dev.arraybench.runner.options;

import dev.arraybench.core.history.HistoryDatabase;
import dev.arraybench.core.history.HistoryStore;
import picocli.CommandLine.Option;

/** {@code --db}: the history database every {@code history} subcommand reads or writes. */
public final class HistoryDatabaseOption {

    @Option(names = "--db", paramLabel = "DB", defaultValue = "history.db",
            description = "A SQLite file (created on first use) or a jdbc:postgresql://HOST/DB?user=... URL "
                    + "(default: ${DEFAULT-VALUE}).")
    private String database;

    /** Opens the database, creating or migrating its schema; a writer waits for another's lock, then fails. */
    public HistoryStore open() {
        return HistoryStore.open(database, HistoryDatabase.DEFAULT_LOCK_WAIT);
    }

    /** The database as given. */
    public String database() {
        return database;
    }
}
