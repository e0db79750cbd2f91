package dev.arraybench.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The history's contract on a real SQLite file, and what only a file can go through. */
class SqliteHistoryStoreTest extends HistoryStoreContract {

    private int databases;

    @Override
    String database() {
        return folder.resolve("history-" + databases++ + ".db").toString();
    }

    @Override
    Dialect dialect() {
        return new Dialect("1", "INSERT INTO machine (machine_key, label, fingerprint) VALUES ('k', 'l', '{}')");
    }

    @Test
    void shouldLeaveTheDatabaseAsItWasWhenAWriteFailsHalfWay() throws Exception {
        String database = database();
        Path file = HistoryFiles.write(folder.resolve("a.json"), HistoryFiles.run("Xeon", 3, 100));
        try (HistoryStore store = HistoryStore.open(database, SHORT_WAIT)) {
            try (Statement statement = store.connection().createStatement()) {
                statement.execute("CREATE TRIGGER fail_second_fork BEFORE INSERT ON fork WHEN NEW.fork_index = 1"
                        + " BEGIN SELECT RAISE(ABORT, 'disk full'); END");
            }
            store.connection().commit();

            assertThatThrownBy(() -> store.add(file, at("abc123", "2026-12-01T10:00:00Z")))
                    .isInstanceOf(HistoryException.class).hasMessageContaining("disk full");
            assertThat(count(store, "run")).isZero();
            assertThat(count(store, "result")).isZero();
            assertThat(count(store, "machine")).isZero();
        }
    }

    @Test
    void shouldCreateTheFileAndItsSchemaOnFirstUse() throws Exception {
        String database = database();
        try (HistoryStore store = HistoryStore.open(database, SHORT_WAIT)) {
            assertThat(count(store, "flyway_schema_history")).isEqualTo(1);
        }
        assertThat(Files.size(Path.of(database))).isPositive();
    }

    @Test
    void shouldRefuseAnotherKindOfJdbcUrl() {
        assertThatThrownBy(() -> HistoryStore.open("jdbc:mysql://localhost/x", SHORT_WAIT))
                .isInstanceOf(HistoryException.class)
                .hasMessage("jdbc:mysql://localhost/x: not a history database (expected a SQLite file path or a"
                        + " jdbc:postgresql:// URL)");
    }
}
