package dev.arraybench.core.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arraybench.core.gate.BenchmarkId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the history back as one series per machine class and benchmark, each with one point per commit.
 * The small tables (machines, benchmarks, the branch's runs, each benchmark's unit) are read whole first;
 * the fork table, the only large one, is then read run by run in time order through one prepared statement
 * on its primary key, three columns and no join, its rows kept as primitives in {@link SeriesRows}. Grouping
 * happens here, not in the database: joining and sorting a few hundred thousand rows by text keys is
 * SQLite's slowest step on a large history.
 */
final class HistoryReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> PARAMS = new TypeReference<>() {
    };
    private static final int FETCH_SIZE = 10_000;

    private static final String MACHINES = "SELECT machine_key, label FROM machine";
    private static final String BENCHMARKS = "SELECT benchmark_key, method, mode, params FROM benchmark";
    private static final String RUNS = "SELECT run_key, machine_key, commit_sha, run_time FROM run WHERE branch = ?";
    private static final String FORKS = "SELECT benchmark_key, fork_index, mean FROM fork WHERE run_key = ?";
    /** Each benchmark's units on any branch: one each, almost always, and then that is the series' unit. */
    private static final String BENCHMARK_UNITS = "SELECT DISTINCT benchmark_key, unit FROM result";
    /** Each series' units with the newest run that used each; the series takes the newest run's unit. */
    private static final String UNITS = "SELECT r.machine_key, res.benchmark_key, res.unit,"
            + " MAX(r.run_time || ' ' || r.run_key) FROM result res JOIN run r ON r.run_key = res.run_key"
            + " WHERE r.branch = ? GROUP BY r.machine_key, res.benchmark_key, res.unit";

    private final Connection connection;

    HistoryReader(Connection connection) {
        this.connection = connection;
    }

    /** Every series on {@code branch}, ordered by machine and benchmark key. */
    List<Series> series(String branch) throws SQLException {
        Map<String, String> machines = machines();
        Map<String, BenchmarkId> benchmarks = benchmarks();
        List<Run> runs = runs(branch);
        Map<String, String> units = units(branch);
        Map<String, SeriesRows> all = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(FORKS)) {
            query.setFetchSize(FETCH_SIZE);
            for (Run run : runs) {
                query.setString(1, run.key());
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        String benchmarkKey = rows.getString(1);
                        String seriesKey = run.machineKey() + benchmarkKey;
                        SeriesRows series = all.get(seriesKey);
                        if (series == null) {
                            String unit = units.get(benchmarkKey);
                            series = new SeriesRows(run.machineKey(), machines.get(run.machineKey()),
                                    benchmarks.get(benchmarkKey), unit != null ? unit : units.get(seriesKey));
                            all.put(seriesKey, series);
                        }
                        series.add(run, rows.getInt(2), rows.getDouble(3));
                    }
                }
            }
        }
        connection.commit();
        return new TreeMap<>(all).values().stream().map(SeriesRows::build).toList();
    }

    private Map<String, String> machines() throws SQLException {
        Map<String, String> labels = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(MACHINES); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                labels.put(rows.getString(1), rows.getString(2));
            }
        }
        return labels;
    }

    private Map<String, BenchmarkId> benchmarks() throws SQLException {
        Map<String, BenchmarkId> ids = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(BENCHMARKS);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                ids.put(rows.getString(1), new BenchmarkId(rows.getString(2), rows.getString(3),
                        params(rows.getString(4))));
            }
        }
        return ids;
    }

    /** The branch's runs in time order (then by key), each numbered by its place in that order. */
    private List<Run> runs(String branch) throws SQLException {
        List<Run> runs = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(RUNS)) {
            query.setString(1, branch);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    runs.add(new Run(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4), 0));
                }
            }
        }
        runs.sort(Comparator.comparing(Run::time).thenComparing(Run::key));
        List<Run> numbered = new ArrayList<>(runs.size());
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            numbered.add(new Run(run.key(), run.machineKey(), run.commit(), run.time(), i));
        }
        return numbered;
    }

    /**
     * The unit of each benchmark that has only one (keyed by benchmark); when any has more, also the unit of
     * each series' newest run (keyed by machine and benchmark).
     */
    private Map<String, String> units(String branch) throws SQLException {
        Map<String, String> units = new HashMap<>();
        boolean several = false;
        try (PreparedStatement query = connection.prepareStatement(BENCHMARK_UNITS);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                several |= units.put(rows.getString(1), rows.getString(2)) != null;
            }
        }
        if (!several) {
            return units;
        }
        units.clear();
        Map<String, String> newest = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(UNITS)) {
            query.setString(1, branch);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String key = rows.getString(1) + rows.getString(2);
                    String last = rows.getString(4);
                    if (!newest.containsKey(key) || newest.get(key).compareTo(last) < 0) {
                        newest.put(key, last);
                        units.put(key, rows.getString(3));
                    }
                }
            }
        }
        return units;
    }

    private static Map<String, String> params(String json) {
        try {
            return JSON.readValue(json, PARAMS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("history: stored parameters are not a JSON object: " + json, e);
        }
    }

    /** A run on the branch and its place among the branch's runs in time order. */
    record Run(String key, String machineKey, String commit, String time, int order) {
    }
}
