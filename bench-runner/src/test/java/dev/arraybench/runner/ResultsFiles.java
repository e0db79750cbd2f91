package dev.arraybench.runner;

import dev.arraybench.core.result.BenchmarkResult;
import dev.arraybench.core.result.Environment;
import dev.arraybench.core.result.ResultsCodec;
import dev.arraybench.core.result.RunResults;
import dev.arraybench.core.result.Settings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes small results files for the compare command's tests: five forks of three samples per benchmark. */
public final class ResultsFiles {

    private static final double[][] STEADY = {{100, 101, 99}, {100, 102, 98}, {101, 100, 99}, {99, 100, 101},
        {100, 100, 100}};

    private ResultsFiles() {
    }

    /** A file of one benchmark per size, every sample multiplied by {@code factor}, measured on {@code cpu}. */
    public static Path write(Path file, String cpu, double factor, String... sizes) throws IOException {
        List<BenchmarkResult> benchmarks = new ArrayList<>();
        for (String size : sizes) {
            benchmarks.add(benchmark(size, factor));
        }
        Environment environment = new Environment("0.1.0", "Eclipse Adoptium", "25.0.3+9-LTS", "OpenJDK",
                List.of("--add-modules", "jdk.incubator.vector"), "Linux 6.1 amd64", cpu, 2, Map.of(), 0, 256,
                null, "2026-11-23T10:00:00Z", "2026-11-23T10:01:00Z");
        ResultsCodec.write(new RunResults(RunResults.SCHEMA, environment,
                new Settings(5, 1, "100 ms", 3, "100 ms", List.of()), null,
                dev.arraybench.scenarios.Scenarios.dimensions(), benchmarks), file);
        return file;
    }

    private static BenchmarkResult benchmark(String size, double factor) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("op", "scale");
        params.put("size", size);
        List<List<Double>> samples = new ArrayList<>();
        double sum = 0;
        for (double[] fork : STEADY) {
            List<Double> values = new ArrayList<>();
            for (double value : fork) {
                values.add(value * factor);
                sum += value * factor;
            }
            samples.add(values);
        }
        double score = sum / 15;
        return new BenchmarkResult("dev.arraybench.scenarios.KernelBenchmark.run", params, "avgt", "us/op", score,
                1.0, score - 1, score + 1, samples, null);
    }
}
