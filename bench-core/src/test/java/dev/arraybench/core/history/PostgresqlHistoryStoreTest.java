package dev.arraybench.core.history;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;

/**
 * The history's contract on a real PostgreSQL server, named by {@code ARRAYBENCH_TEST_PG_URL} (a
 * {@code jdbc:postgresql://} URL with its user; {@code .ci/postgresql.sh} starts one and sets it). Without it
 * every test is reported skipped with that reason. Each test gets a schema of its own.
 */
class PostgresqlHistoryStoreTest extends HistoryStoreContract {

    /** The variable that names the server. */
    static final String URL_VARIABLE = "ARRAYBENCH_TEST_PG_URL";

    private static final AtomicInteger SCHEMAS = new AtomicInteger();

    private String url;

    @BeforeEach
    void needsAServer() {
        url = System.getenv(URL_VARIABLE);
        assumeTrue(url != null && !url.isBlank(), URL_VARIABLE + " is not set: no PostgreSQL server to test against"
                + " (.ci/postgresql.sh starts one)");
    }

    @Override
    String database() throws SQLException {
        String schema = String.format(Locale.ROOT, "history_test_%d_%d", ProcessHandle.current().pid(),
                SCHEMAS.incrementAndGet());
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            statement.execute("CREATE SCHEMA " + schema);
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    Dialect dialect() {
        return new Dialect("TRUE", "LOCK TABLE run IN EXCLUSIVE MODE");
    }
}
