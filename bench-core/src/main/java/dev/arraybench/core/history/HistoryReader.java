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
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the history back as one series per machine class and benchmark, each with one point per commit. */
final class HistoryReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> PARAMS = new TypeReference<>() {
    };

    private static final String SERIES = "SELECT r.machine_key, m.label, b.benchmark_key, b.method, b.mode,"
            + " b.params, res.unit, r.commit_sha, r.run_time, f.mean"
            + " FROM fork f"
            + " JOIN run r ON r.run_key = f.run_key"
            + " JOIN result res ON res.run_key = f.run_key AND res.benchmark_key = f.benchmark_key"
            + " JOIN benchmark b ON b.benchmark_key = f.benchmark_key"
            + " JOIN machine m ON m.machine_key = r.machine_key"
            + " WHERE r.branch = ?"
            + " ORDER BY r.machine_key, b.benchmark_key, r.run_time, r.run_key, f.fork_index";

    private final Connection connection;

    HistoryReader(Connection connection) {
        this.connection = connection;
    }

    /** Every series on {@code branch}, ordered by machine and benchmark key. */
    List<Series> series(String branch) throws SQLException {
        List<Series> all = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(SERIES)) {
            query.setString(1, branch);
            query.setFetchSize(10_000);
            try (ResultSet rows = query.executeQuery()) {
                SeriesBuilder current = null;
                while (rows.next()) {
                    String machineKey = rows.getString(1);
                    String benchmarkKey = rows.getString(3);
                    if (current == null || !current.is(machineKey, benchmarkKey)) {
                        if (current != null) {
                            all.add(current.build());
                        }
                        current = new SeriesBuilder(machineKey, rows.getString(2), benchmarkKey,
                                new BenchmarkId(rows.getString(4), rows.getString(5), params(rows.getString(6))));
                    }
                    current.add(rows.getString(7), rows.getString(8), rows.getString(9), rows.getDouble(10));
                }
                if (current != null) {
                    all.add(current.build());
                }
            }
        }
        connection.commit();
        return all;
    }

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
        private final String benchmarkKey;
        private final BenchmarkId id;
        private final Map<String, Integer> commitIndex = new HashMap<>();
        private final List<String> commits = new ArrayList<>();
        private final List<String> times = new ArrayList<>();
        private final List<double[]> means = new ArrayList<>();
        private final List<Integer> counts = new ArrayList<>();
        private String unit;

        SeriesBuilder(String machineKey, String machine, String benchmarkKey, BenchmarkId id) {
            this.machineKey = machineKey;
            this.machine = machine;
            this.benchmarkKey = benchmarkKey;
            this.id = id;
        }

        boolean is(String otherMachine, String otherBenchmark) {
            return machineKey.equals(otherMachine) && benchmarkKey.equals(otherBenchmark);
        }

        void add(String runUnit, String commit, String time, double mean) {
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
            List<CommitPoint> points = new ArrayList<>(commits.size());
            for (int i = 0; i < commits.size(); i++) {
                points.add(new CommitPoint(commits.get(i), times.get(i),
                        Arrays.copyOf(means.get(i), counts.get(i))));
            }
            return new Series(machine, machineKey, id, unit, BenchmarkResult.lowerIsBetter(id.mode(), unit), points);
        }
    }
}
