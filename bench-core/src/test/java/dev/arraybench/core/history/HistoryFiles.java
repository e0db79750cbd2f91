package dev.arraybench.core.history;

import dev.arraybench.core.gate.Samples;
import dev.arraybench.core.result.BenchmarkResult;
import dev.arraybench.core.result.Fleet;
import dev.arraybench.core.result.ResultsCodec;
import dev.arraybench.core.result.RunResults;
import dev.arraybench.core.result.Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Results files written for the history's tests: a run of several benchmarks whose forks are given. */
final class HistoryFiles {

    static final String BENCHMARK = "dev.arraybench.scenarios.KernelBenchmark.run";

    private HistoryFiles() {
    }

    /** A benchmark of {@code op} at {@code size} whose forks are {@code forks}. */
    static BenchmarkResult benchmark(String op, String size, double[][] forks) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("op", op);
        params.put("size", size);
        List<List<Double>> samples = Arrays.stream(forks).map(f -> Arrays.stream(f).boxed().toList()).toList();
        double score = Arrays.stream(forks).flatMapToDouble(Arrays::stream).average().orElseThrow();
        return new BenchmarkResult(BENCHMARK, params, "avgt", "us/op", score, Double.NaN, Double.NaN, Double.NaN,
                samples, null);
    }

    /** One machine's run of {@code benchmarks}. */
    static RunResults run(String cpu, List<BenchmarkResult> benchmarks) {
        return new RunResults(RunResults.SCHEMA, Samples.environment(cpu),
                new Settings(3, 1, "1 s", 3, "1 s", List.of()), null, benchmarks);
    }

    /** A run of {@code count} benchmarks ({@code op} = b0, b1, ...), each with two forks near {@code level}. */
    static RunResults run(String cpu, int count, double level) {
        List<BenchmarkResult> benchmarks = new ArrayList<>();
        for (int b = 0; b < count; b++) {
            benchmarks.add(benchmark("b" + b, "1M", new double[][] {{level, level + 1, level - 1},
                {level + 0.5, level - 0.5, level}}));
        }
        return run(cpu, benchmarks);
    }

    static Path write(Path file, RunResults results) {
        try {
            ResultsCodec.write(results, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path writeFleet(Path file, RunResults... machines) {
        try {
            ResultsCodec.write(Fleet.of(List.of(machines)), file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
