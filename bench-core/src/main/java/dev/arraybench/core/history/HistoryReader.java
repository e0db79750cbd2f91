package dev.arraybench.core.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arraybench.core.gate.BenchmarkId;
import dev.arraybench.core.result.BenchmarkResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads the history back as one series per machine class and benchmark, each with one point per commit. */
final class HistoryReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> PARAMS = new TypeReference<>() {
    };

    private static final String SERIES = "SELECT r.machine_key, m.label, b.benchmark_key, b.method, b.mode,"
            + " b.params, res.unit, r.commit_sha, r.run_time, f.mean, r.run_key, f.fork_index"
            + " FROM fork f"
            + " JOIN run r ON r.run_key = f.run_key"
            + " JOIN result res ON res.run_key = f.run_key AND res.benchmark_key = f.benchmark_key"
            + " JOIN benchmark b ON b.benchmark_key = f.benchmark_key"
            + " JOIN machine m ON m.machine_key = r.machine_key"
            + " WHERE r.branch = ?";

    private final Connection connection;

    HistoryReader(Connection connection) {
        this.connection = connection;
    }

    /**
     * Every series on {@code branch}, ordered by machine and benchmark key. The rows are grouped and ordered
     * here rather than by the database: sorting a few hundred thousand rows by text keys is SQLite's slowest
     * step on a large history.
     */
    List<Series> series(String branch) throws SQLException {
        Map<String, SeriesBuilder> builders = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(SERIES)) {
            query.setString(1, branch);
            query.setFetchSize(10_000);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String machineKey = rows.getString(1);
                    String benchmarkKey = rows.getString(3);
                    SeriesBuilder builder = builders.get(machineKey + benchmarkKey);
                    if (builder == null) {
                        builder = new SeriesBuilder(machineKey, rows.getString(2), new BenchmarkId(rows.getString(4),
                                rows.getString(5), params(rows.getString(6))));
                        builders.put(machineKey + benchmarkKey, builder);
                    }
                    builder.rows.add(new Row(rows.getString(7), rows.getString(8), rows.getString(9),
                            rows.getDouble(10), rows.getString(11), rows.getInt(12)));
                }
            }
        }
        connection.commit();
        return new TreeMap<>(builders).values().stream().map(SeriesBuilder::build).toList();
    }

    /** One fork's row. */
    private record Row(String unit, String commit, String time, double mean, String run, int fork) {
    }

    private static final Comparator<Row> RUN_ORDER = Comparator.comparing(Row::time).thenComparing(Row::run)
            .thenComparingInt(Row::fork);

    private static Map<String, String> params(String json) {
        try {
            return JSON.readValue(json, PARAMS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("history: stored parameters are not a JSON object: " + json, e);
        }
    }

    /** Collects the rows of one series, grouping fork means by commit in the order commits first appear. */
    private static final class SeriesBuilder {
        private final String machineKey;
        private final String machine;
        private final BenchmarkId id;
        private final List<Row> rows = new ArrayList<>();
        private final Map<String, Integer> commitIndex = new HashMap<>();
        private final List<String> commits = new ArrayList<>();
        private final List<String> times = new ArrayList<>();
        private final List<double[]> means = new ArrayList<>();
        private final List<Integer> counts = new ArrayList<>();
        private String unit;

        SeriesBuilder(String machineKey, String machine, BenchmarkId id) {
            this.machineKey = machineKey;
            this.machine = machine;
            this.id = id;
        }

        private void add(String runUnit, String commit, String time, double mean) {
            unit = runUnit;
            Integer index = commitIndex.get(commit);
            if (index == null) {
                index = commits.size();
                commitIndex.put(commit, index);
                commits.add(commit);
                times.add(time);
                means.add(new double[4]);
                counts.add(0);
            }
            double[] forks = means.get(index);
            int count = counts.get(index);
            if (count == forks.length) {
                forks = Arrays.copyOf(forks, 2 * count);
                means.set(index, forks);
            }
            forks[count] = mean;
            counts.set(index, count + 1);
        }

        Series build() {
            rows.sort(RUN_ORDER);
            rows.forEach(row -> add(row.unit(), row.commit(), row.time(), row.mean()));
            List<CommitPoint> points = new ArrayList<>(commits.size());
            for (int i = 0; i < commits.size(); i++) {
                points.add(new CommitPoint(commits.get(i), times.get(i),
                        Arrays.copyOf(means.get(i), counts.get(i))));
            }
            return new Series(machine, machineKey, id, unit, BenchmarkResult.lowerIsBetter(id.mode(), unit), points);
        }
    }
}
