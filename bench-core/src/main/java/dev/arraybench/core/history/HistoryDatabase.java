package dev.arraybench.core.history;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;

/**
 * Opens a history database and brings its schema to this version with Flyway: a SQLite file for a plain
 * path (through the xerial driver), PostgreSQL for a {@code jdbc:postgresql://} URL (through pgJDBC). A
 * database whose schema is newer than this version knows is refused before anything is read or written.
 */
public final class HistoryDatabase {

    /** How long a writer waits for another writer's lock before giving up, unless told otherwise. */
    public static final Duration DEFAULT_LOCK_WAIT = Duration.ofSeconds(10);

    private static final String MIGRATIONS = "classpath:dev/arraybench/core/history/migration";
    private static final String POSTGRESQL = "jdbc:postgresql:";

    /** Held so the level set on it lasts: java.util.logging keeps loggers only weakly. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    private HistoryDatabase() {
    }

    /** Whether {@code database} names a PostgreSQL server rather than a SQLite file. */
    public static boolean isPostgresql(String database) {
        return database.startsWith(POSTGRESQL);
    }

    /**
     * A connection to {@code database}, its schema migrated, with auto-commit off.
     *
     * @throws HistoryException when it cannot be reached, is of a newer schema or cannot be migrated
     */
    public static Connection open(String database, Duration lockWait) {
        String url = url(database, lockWait);
        migrate(database, url, lockWait);
        try {
            Connection connection = connect(url, lockWait);
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException e) {
            throw new HistoryException(database, Locks.describe(e, lockWait)
                    .orElse("cannot be opened (" + firstLine(e) + ")"), e);
        }
    }

    private static String url(String database, Duration lockWait) {
        if (database.startsWith("jdbc:") && !isPostgresql(database) && !database.startsWith("jdbc:sqlite:")) {
            throw new HistoryException(database, "not a history database (expected a SQLite file path or a"
                    + " jdbc:postgresql:// URL)");
        }
        String sqlite = database.startsWith("jdbc:") ? database : "jdbc:sqlite:" + database;
        return isPostgresql(database) ? database : sqlite + (sqlite.contains("?") ? "&" : "?")
                + String.format(Locale.ROOT, "busy_timeout=%d&foreign_keys=true", lockWait.toMillis());
    }

    private static Connection connect(String url, Duration lockWait) throws SQLException {
        Connection connection = DriverManager.getConnection(url);
        if (isPostgresql(url)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(String.format(Locale.ROOT, "SET lock_timeout = %d", lockWait.toMillis()));
            }
        }
        return connection;
    }

    private static void migrate(String database, String url, Duration lockWait) {
        Flyway flyway = Flyway.configure()
                .dataSource(url, null, null)
                .locations(MIGRATIONS)
                .load();
        try {
            MigrationInfoService info = flyway.info();
            refuseNewerSchema(database, flyway, info.applied());
            if (info.pending().length > 0) {
                flyway.migrate();
            }
        } catch (FlywayException e) {
            throw new HistoryException(database, Locks.describe(e, lockWait)
                    .orElse("cannot be opened or migrated (" + firstLine(e) + ")"), e);
        }
    }

    private static void refuseNewerSchema(String database, Flyway flyway, MigrationInfo[] applied) {
        boolean future = Arrays.stream(applied).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                || m.getState() == MigrationState.FUTURE_FAILED);
        if (future) {
            MigrationInfo newest = applied[applied.length - 1];
            throw new HistoryException(database, "schema version " + newest.getVersion()
                    + " is newer than this arraybench knows (" + latestKnown(flyway)
                    + "): use a newer arraybench");
        }
    }

    private static String latestKnown(Flyway flyway) {
        return Arrays.stream(flyway.info().all())
                .filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS
                        && m.getState() != MigrationState.FUTURE_FAILED)
                .reduce((first, second) -> second)
                .map(m -> String.valueOf(m.getVersion())).orElse("none");
    }

    /** The first line of an exception's message, for one-line reports. */
    static String firstLine(Throwable e) {
        String message = String.valueOf(e.getMessage());
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
