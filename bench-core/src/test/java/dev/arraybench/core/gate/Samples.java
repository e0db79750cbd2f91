package dev.arraybench.core.gate;

import dev.arraybench.core.result.BenchmarkResult;
import dev.arraybench.core.result.Environment;
import dev.arraybench.core.result.RunResults;
import dev.arraybench.core.result.Settings;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-made results for the gate's tests. */
public final class Samples {

    static final String BENCHMARK = "dev.arraybench.scenarios.KernelBenchmark.run";

    /** Five forks of three iterations: the fewest forks whose means can be significant at 99%. */
    static final double[][] STEADY = {{100, 101, 99}, {100, 102, 98}, {101, 100, 99}, {99, 100, 101},
        {100, 99, 100}};

    private Samples() {
    }

    static BenchmarkResult avgt(double[][] forks, String... params) {
        return result("avgt", "us/op", forks, params);
    }

    static BenchmarkResult result(String mode, String unit, double[][] forks, String... params) {
        List<List<Double>> samples = Arrays.stream(forks)
                .map(fork -> Arrays.stream(fork).boxed().toList()).toList();
        double score = Arrays.stream(forks).flatMapToDouble(Arrays::stream).average().orElseThrow();
        return new BenchmarkResult(BENCHMARK, params(params), mode, unit, score, Double.NaN, Double.NaN,
                Double.NaN, samples, null);
    }

    static Map<String, String> params(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static double[][] times(double[][] forks, double factor) {
        return Arrays.stream(forks).map(fork -> Arrays.stream(fork).map(v -> v * factor).toArray())
                .toArray(double[][]::new);
    }

    public static Environment environment(String cpu) {
        return new Environment("0.1.0", "Eclipse Adoptium", "25.0.3+9-LTS", "OpenJDK 64-Bit Server VM",
                List.of("--add-modules", "jdk.incubator.vector"), "Linux 6.1 amd64", cpu, 2, Map.of(), 0, 256,
                null, null, null);
    }

    static RunResults run(String cpu, BenchmarkResult... benchmarks) {
        return runWithForks(3, cpu, benchmarks);
    }

    static RunResults runWithForks(int forks, String cpu, BenchmarkResult... benchmarks) {
        return new RunResults(RunResults.SCHEMA, environment(cpu), new Settings(forks, 1, "1 s", 3, "1 s",
                List.of()), null, List.of(benchmarks));
    }
}
