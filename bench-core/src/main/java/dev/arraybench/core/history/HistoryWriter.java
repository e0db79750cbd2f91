package dev.arraybench.core.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arraybench.core.gate.BenchmarkId;
import dev.arraybench.core.result.BenchmarkResult;
import dev.arraybench.core.result.EnvironmentFingerprint;
import dev.arraybench.core.result.ResultsCodec;
import dev.arraybench.core.result.ResultsFileException;
import dev.arraybench.core.result.RunResults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Adds results files to the history: each machine's runs with every benchmark's score, fork means and
 * iteration samples, in one transaction per file, so a failure or a killed process leaves the database as it
 * was. The file is read whole (this tool's files, fleet files, plain JMH JSON) before anything is written.
 */
final class HistoryWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection connection;

    HistoryWriter(Connection connection) {
        this.connection = connection;
    }

    /** Adds {@code file}; a file whose content was added before is left as it is. */
    List<Added> add(Path file, RunProvenance provenance) throws SQLException {
        byte[] bytes = bytes(file);
        List<RunResults> machines = ResultsCodec.readMachines(file);
        String fileKey = Digests.of(bytes);
        String now = Times.format(Instant.now());
        List<Added> outcomes = new ArrayList<>();
        try {
            for (int m = 0; m < machines.size(); m++) {
                String source = machines.size() == 1 ? file.toString() : ResultsCodec.machine(file, m).toString();
                outcomes.add(addRun(source, fileKey + "#" + m, machines.get(m), provenance, now));
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
        return outcomes;
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ResultsFileException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private Added addRun(String source, String runKey, RunResults run, RunProvenance provenance, String now)
            throws SQLException {
        EnvironmentFingerprint fingerprint = EnvironmentFingerprint.of(run.environment());
        String label = fingerprint.label();
        String key = Digests.of(runKey);
        if (exists(key)) {
            return new Added(source, label, run.benchmarks().size(), true);
        }
        String machineKey = addMachine(fingerprint);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO run (run_key, source, machine_key,"
                + " commit_sha, branch, run_time, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, key);
            insert.setString(2, source);
            insert.setString(3, machineKey);
            insert.setString(4, provenance.commit());
            insert.setString(5, provenance.branch());
            insert.setString(6, runTime(run, provenance, now));
            insert.setString(7, now);
            insert.executeUpdate();
        }
        addBenchmarks(key, run.benchmarks());
        return new Added(source, label, run.benchmarks().size(), false);
    }

    private static String runTime(RunResults run, RunProvenance provenance, String now) {
        if (provenance.time() != null) {
            return Times.format(provenance.time());
        }
        String started = run.environment().started();
        try {
            return started == null ? now : Times.format(Times.parse(started));
        } catch (IllegalArgumentException e) {
            return now;
        }
    }

    private boolean exists(String runKey) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM run WHERE run_key = ?")) {
            query.setString(1, runKey);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private String addMachine(EnvironmentFingerprint fingerprint) throws SQLException {
        String json = json(fingerprint);
        String key = Digests.of(json);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO machine (machine_key, label,"
                + " fingerprint) VALUES (?, ?, ?) ON CONFLICT (machine_key) DO NOTHING")) {
            insert.setString(1, key);
            insert.setString(2, fingerprint.label());
            insert.setString(3, json);
            insert.executeUpdate();
        }
        return key;
    }

    private void addBenchmarks(String runKey, List<BenchmarkResult> benchmarks) throws SQLException {
        try (PreparedStatement benchmark = connection.prepareStatement("INSERT INTO benchmark (benchmark_key,"
                + " method, mode, params) VALUES (?, ?, ?, ?) ON CONFLICT (benchmark_key) DO NOTHING");
                PreparedStatement result = connection.prepareStatement("INSERT INTO result (run_key,"
                        + " benchmark_key, unit, score) VALUES (?, ?, ?, ?)");
                PreparedStatement fork = connection.prepareStatement("INSERT INTO fork (run_key, benchmark_key,"
                        + " fork_index, mean, samples) VALUES (?, ?, ?, ?, ?)")) {
            for (BenchmarkResult measured : benchmarks) {
                BenchmarkId id = BenchmarkId.of(measured);
                String key = Digests.of(id.canonical());
                benchmark.setString(1, key);
                benchmark.setString(2, id.benchmark());
                benchmark.setString(3, id.mode());
                benchmark.setString(4, json(id.params()));
                benchmark.addBatch();
                result.setString(1, runKey);
                result.setString(2, key);
                result.setString(3, measured.unit());
                result.setDouble(4, measured.score());
                result.addBatch();
                List<List<Double>> forks = measured.samples();
                for (int f = 0; f < forks.size(); f++) {
                    fork.setString(1, runKey);
                    fork.setString(2, key);
                    fork.setInt(3, f);
                    fork.setDouble(4, forks.get(f).stream().mapToDouble(Double::doubleValue).average().orElseThrow());
                    fork.setString(5, forks.get(f).stream().map(String::valueOf).collect(Collectors.joining(" ")));
                    fork.addBatch();
                }
            }
            benchmark.executeBatch();
            result.executeBatch();
            fork.executeBatch();
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("history: cannot be written as JSON", e);
        }
    }
}
