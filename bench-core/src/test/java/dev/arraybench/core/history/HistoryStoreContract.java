package dev.arraybench.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arraybench.core.result.ResultsFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every history engine must do, run against a real SQLite file and a real PostgreSQL server. */
abstract class HistoryStoreContract {

    static final Duration SHORT_WAIT = Duration.ofMillis(300);

    @TempDir
    Path folder;

    /** A fresh, empty database of the engine under test. */
    abstract String database() throws Exception;

    HistoryStore open() throws Exception {
        return HistoryStore.open(database(), SHORT_WAIT);
    }

    static RunProvenance at(String commit, String time) {
        return new RunProvenance(commit, "main", Instant.parse(time));
    }

    static long count(HistoryStore store, String table) throws SQLException {
        Connection connection = store.connection();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            long count = rows.getLong(1);
            connection.commit();
            return count;
        }
    }

    @Test
    void shouldStoreEveryForkMeanAndSampleOfAnAddedFile() throws Exception {
        Path file = HistoryFiles.write(folder.resolve("a.json"), HistoryFiles.run("Xeon", 3, 100));
        try (HistoryStore store = open()) {
            List<Added> added = store.add(file, at("abc123", "2026-12-01T10:00:00Z"));

            assertThat(added).singleElement().satisfies(a -> {
                assertThat(a.benchmarks()).isEqualTo(3);
                assertThat(a.alreadyPresent()).isFalse();
                assertThat(a.describe()).contains("3 benchmarks added").contains("Xeon, 2 cores");
            });
            assertThat(count(store, "fork")).isEqualTo(6);
            assertThat(count(store, "result")).isEqualTo(3);
            List<Series> series = store.series("main");
            assertThat(series).hasSize(3);
            CommitPoint point = series.get(0).points().get(0);
            assertThat(point.commit()).isEqualTo("abc123");
            assertThat(point.time()).isEqualTo("2026-12-01T10:00:00.000Z");
            assertThat(point.forkMeans()).containsExactly(100.0, 100.0);
            assertThat(series.get(0).lowerIsBetter()).isTrue();
            assertThat(store.series("other")).isEmpty();
        }
    }

    @Test
    void shouldKeepTheIterationSamplesExactly() throws Exception {
        Path file = HistoryFiles.write(folder.resolve("a.json"), HistoryFiles.run("Xeon", List.of(
                HistoryFiles.benchmark("scale", "1M", new double[][] {{0.1, 1.0 / 3, 12345.678901234567}}))));
        try (HistoryStore store = open()) {
            store.add(file, at("abc123", "2026-12-01T10:00:00Z"));
            Connection connection = store.connection();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT samples FROM fork")) {
                rows.next();
                assertThat(rows.getString(1)).isEqualTo("0.1 0.3333333333333333 12345.678901234567");
            }
            connection.commit();
        }
    }

    @Test
    void shouldAddNothingWhenTheSameFileIsAddedTwice() throws Exception {
        Path file = HistoryFiles.write(folder.resolve("a.json"), HistoryFiles.run("Xeon", 2, 100));
        try (HistoryStore store = open()) {
            store.add(file, at("abc123", "2026-12-01T10:00:00Z"));
            List<Added> again = store.add(file, at("def456", "2026-12-02T10:00:00Z"));

            assertThat(again).singleElement().satisfies(a -> {
                assertThat(a.alreadyPresent()).isTrue();
                assertThat(a.describe()).contains("already in the history, nothing added");
            });
            assertThat(count(store, "run")).isEqualTo(1);
            assertThat(count(store, "fork")).isEqualTo(4);
        }
    }

    @Test
    void shouldGroupRunsByCommitInTimeOrderAndKeepMachinesApart() throws Exception {
        try (HistoryStore store = open()) {
            store.add(HistoryFiles.write(folder.resolve("2.json"), HistoryFiles.run("Xeon", 1, 110)),
                    at("c2", "2026-12-02T10:00:00Z"));
            store.add(HistoryFiles.write(folder.resolve("1.json"), HistoryFiles.run("Xeon", 1, 100)),
                    at("c1", "2026-12-01T10:00:00Z"));
            store.add(HistoryFiles.write(folder.resolve("2b.json"), HistoryFiles.run("Xeon", 1, 120)),
                    at("c2", "2026-12-02T11:00:00Z"));
            store.add(HistoryFiles.writeFleet(folder.resolve("fleet.json"), HistoryFiles.run("EPYC", 1, 50),
                    HistoryFiles.run("Graviton", 1, 70)), at("c1", "2026-12-01T12:00:00Z"));

            List<Series> series = store.series("main");

            assertThat(series).extracting(s -> s.machine().split(",")[0])
                    .containsExactlyInAnyOrder("Xeon", "EPYC", "Graviton");
            Series xeon = series.stream().filter(s -> s.machine().startsWith("Xeon")).findFirst().orElseThrow();
            assertThat(xeon.points()).extracting(CommitPoint::commit).containsExactly("c1", "c2");
            assertThat(xeon.values()).containsExactly(100.0, 115.0);
            assertThat(xeon.points().get(1).forkMeans()).hasSize(4);
            assertThat(xeon.from("2026-12-02T10:00:00.000Z").points()).extracting(CommitPoint::commit)
                    .containsExactly("c2");
        }
    }

    @Test
    void shouldReadPlainJmhJson() throws Exception {
        Path jmh = Path.of("../bench-runner/src/test/resources/jmh/setall-3forks.json");
        try (HistoryStore store = open()) {
            List<Added> added = store.add(jmh, at("abc123", "2026-12-01T10:00:00Z"));

            assertThat(added).singleElement().satisfies(a -> assertThat(a.benchmarks()).isPositive());
            assertThat(store.series("main")).isNotEmpty().allSatisfy(s -> assertThat(s.points().get(0)
                    .forkMeans()).hasSize(3));
        }
    }

    @Test
    void shouldAddNothingFromATruncatedFile() throws Exception {
        Path whole = HistoryFiles.write(folder.resolve("a.json"), HistoryFiles.run("Xeon", 2, 100));
        String text = Files.readString(whole);
        Path truncated = Files.writeString(folder.resolve("truncated.json"), text.substring(0, text.length() / 2));
        try (HistoryStore store = open()) {
            assertThatThrownBy(() -> store.add(truncated, at("abc123", "2026-12-01T10:00:00Z")))
                    .isInstanceOf(ResultsFileException.class).hasMessageContaining("truncated or corrupt");
            assertThat(count(store, "run")).isZero();
            assertThat(count(store, "benchmark")).isZero();
        }
    }

    @Test
    void shouldRefuseADatabaseOfANewerSchemaInOneLine() throws Exception {
        String database = database();
        try (HistoryStore store = HistoryStore.open(database, SHORT_WAIT);
                Statement statement = store.connection().createStatement()) {
            statement.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description,"
                    + " type, script, checksum, installed_by, installed_on, execution_time, success) VALUES (99,"
                    + " '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'test', CURRENT_TIMESTAMP, 1, "
                    + dialect().trueLiteral() + ")");
            store.connection().commit();
        }
        assertThatThrownBy(() -> HistoryStore.open(database, SHORT_WAIT))
                .isInstanceOf(HistoryException.class)
                .hasMessage(database + ": schema version 99 is newer than this arraybench knows (1): use a newer"
                        + " arraybench");
    }

    /** The SQL in which the engine differs from the others. */
    abstract Dialect dialect();

    /**
     * The SQL in which the engines differ.
     *
     * @param trueLiteral how the engine writes a boolean true
     * @param writeLock a statement that takes the engine's write lock and keeps it until commit or roll-back
     */
    record Dialect(String trueLiteral, String writeLock) {
    }

    @Test
    void shouldWaitForAnotherWritersLockThenFailInOneLine() throws Exception {
        String database = database();
        Path file = HistoryFiles.write(folder.resolve("a.json"), HistoryFiles.run("Xeon", 2, 100));
        try (HistoryStore writer = HistoryStore.open(database, SHORT_WAIT);
                HistoryStore blocked = HistoryStore.open(database, SHORT_WAIT)) {
            try (Statement statement = writer.connection().createStatement()) {
                statement.execute(dialect().writeLock());
            }

            assertThatThrownBy(() -> blocked.add(file, at("abc123", "2026-12-01T10:00:00Z")))
                    .isInstanceOf(HistoryException.class)
                    .hasMessageContaining("locked by another writer (waited 0.3 s)")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
            writer.connection().rollback();
            assertThat(blocked.add(file, at("abc123", "2026-12-01T10:00:00Z"))).singleElement()
                    .satisfies(a -> assertThat(a.alreadyPresent()).isFalse());
        }
    }

    static String read(Path file) throws IOException {
        return Files.readString(file);
    }
}
