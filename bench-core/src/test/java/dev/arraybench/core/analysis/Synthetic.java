package dev.arraybench.core.analysis;

import dev.arraybench.core.result.BenchmarkResult;
import dev.arraybench.core.result.Ceiling;
import dev.arraybench.core.result.DerivedFigures;
import dev.arraybench.core.result.Environment;
import dev.arraybench.core.result.RunResults;
import dev.arraybench.core.result.Settings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Builds synthetic results with known answers for the analysis tests. */
final class Synthetic {

    static final String KERNEL = "dev.arraybench.scenarios.KernelBenchmark.run";
    static final String PHASE = "dev.arraybench.scenarios.CopyPhaseBenchmark.";

    private final List<BenchmarkResult> benchmarks = new ArrayList<>();
    private Ceiling ceiling;
    private Map<String, String> caches = Map.of();

    Synthetic kernel(String strategy, int threads, String size, double... samplesNanos) {
        return kernel("scale", strategy, threads, size, "ns/op", List.of(box(samplesNanos)));
    }

    /** A kernel result of a parallel strategy on a worker pool ({@code forkjoin} or {@code spin}). */
    Synthetic pooled(String strategy, String pool, int threads, String size, double... samplesNanos) {
        return pooled(strategy, pool, threads, size, List.of(box(samplesNanos)));
    }

    /** As above, with every fork's samples. */
    Synthetic pooled(String strategy, String pool, int threads, String size, List<List<Double>> forks) {
        return add(KERNEL, TestDimensions.kernelParams("scale", "int32", "native", strategy, pool,
                Integer.toString(threads), size), "ns/op", forks);
    }

    Synthetic kernel(String op, String strategy, int threads, String size, String unit, List<List<Double>> forks) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("op", op);
        params.put("dtype", "int32");
        params.put("layout", "native");
        params.put("strategy", strategy);
        params.put("threads", Integer.toString(threads));
        params.put("size", size);
        return add(KERNEL, params, unit, forks);
    }

    /** A kernel result whose samples are {@code mean} times uniform noise of +-{@code noise}, seeded. */
    Synthetic noisy(String strategy, int threads, String size, double mean, double noise, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<List<Double>> forks = new ArrayList<>();
        for (int f = 0; f < 2; f++) {
            List<Double> fork = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                fork.add(mean * (1 + noise * (2 * random.nextDouble() - 1)));
            }
            forks.add(fork);
        }
        return kernel("scale", strategy, threads, size, "ns/op", forks);
    }

    Synthetic phase(String phase, int threads, String size, double... samplesNanos) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("op", "scale");
        params.put("dtype", "int32");
        params.put("layout", "native");
        params.put("threads", Integer.toString(threads));
        params.put("size", size);
        return add(PHASE + phase, params, "ns/op", List.of(box(samplesNanos)));
    }

    Synthetic add(String benchmark, Map<String, String> params, String unit, List<List<Double>> forks) {
        double score = forks.stream().flatMap(List::stream).mapToDouble(Double::doubleValue).average().orElseThrow();
        benchmarks.add(new BenchmarkResult(benchmark, params, "avgt", unit, score, Double.NaN, Double.NaN,
                Double.NaN, forks, DerivedFigures.of(params, "size", score, unit, null,
                TestDimensions.bytes(benchmark, params))));
        return this;
    }

    Synthetic ceiling(double one, double all, int threads) {
        ceiling = new Ceiling(one, all, threads);
        return this;
    }

    Synthetic caches(Map<String, String> recorded) {
        caches = recorded;
        return this;
    }

    RunResults results() {
        Environment environment = new Environment("test", "vendor", "25", "vm", List.of(), "os", "cpu", 2,
                caches, 0, 256, null, null, null);
        return new RunResults(RunResults.SCHEMA, environment, new Settings(1, 1, "1 s", 5, "1 s", List.of()),
                ceiling, TestDimensions.arraybench(), benchmarks);
    }

    Analysis analysis() {
        return Analysis.of(results());
    }

    static List<Double> box(double... samples) {
        List<Double> boxed = new ArrayList<>();
        for (double sample : samples) {
            boxed.add(sample);
        }
        return boxed;
    }

    static double[] repeat(double value, int count) {
        double[] samples = new double[count];
        Arrays.fill(samples, value);
        return samples;
    }
}
