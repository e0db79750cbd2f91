package dev.arraybench.report;

import dev.arraybench.core.analysis.TestDimensions;
import dev.arraybench.core.size.Sizes;
import dev.arraybench.core.result.BenchmarkResult;
import dev.arraybench.core.result.Ceiling;
import dev.arraybench.core.result.DerivedFigures;
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
import java.util.SplittableRandom;

/**
 * Generates the synthetic-but-realistic fixture results file ({@code fixture/fixture-results.json}): a cost
 * model of a 2-core machine (a fixed cost to wake the pool, per-element costs in and out of cache, memory
 * bandwidth limits) plus seeded noise per fork and per iteration. Not a measurement: the CPU model says so.
 * Run {@link #main} to regenerate it; {@code FixtureResultsTest} checks the committed file matches.
 */
final class FixtureResults {

    static final String RESOURCE = "fixture/fixture-results.json";
    static final Path SOURCE = Path.of("src/test/resources", RESOURCE);

    private static final String[] SIZES = {"1K", "4K", "16K", "64K", "256K", "1M", "4M", "16M"};
    private static final double WAKE_NANOS = 6000;

    /** Per-element nanoseconds in cache and from memory, and the fixed nanoseconds per call. */
    private record Cost(double cache, double memory, double fixed) {
        double at(long n, double cacheBytes) {
            double fraction = Math.clamp((Math.log(cacheBytes) - Math.log(256 * 1024.0)) / Math.log(16), 0, 1);
            return fixed + n * (cache + fraction * (memory - cache));
        }
    }

    private record OpModel(String op, String dtype, int bytes, Cost sequential, Cost simd, Cost parallel2,
            Cost simdParallel2, Cost[] copyPhases) {
    }

    private static final List<OpModel> OPS = List.of(
            new OpModel("scale", "int32", 4, new Cost(0.12, 0.62, 15), new Cost(0.035, 0.60, 15),
                    new Cost(0.06, 0.47, WAKE_NANOS), new Cost(0.02, 0.47, WAKE_NANOS),
                    new Cost[] {new Cost(0.05, 0.25, 300), new Cost(0.06, 0.45, 20), new Cost(0.06, 0.47, WAKE_NANOS),
                        new Cost(0.06, 0.45, 20)}),
            new OpModel("sum", "int32", 4, new Cost(0.25, 0.33, 15), new Cost(0.03, 0.30, 15),
                    new Cost(0.125, 0.24, WAKE_NANOS), new Cost(0.018, 0.24, WAKE_NANOS),
                    new Cost[] {new Cost(0.05, 0.20, 300), new Cost(0.06, 0.40, 20),
                        new Cost(0.125, 0.24, WAKE_NANOS), new Cost(0, 0, 0)}),
            new OpModel("poly", "float64", 8, new Cost(2.5, 2.5, 15), new Cost(0.6, 0.7, 15),
                    new Cost(1.25, 1.3, WAKE_NANOS), new Cost(0.3, 0.5, WAKE_NANOS),
                    new Cost[] {new Cost(0.1, 0.5, 300), new Cost(0.12, 0.9, 20), new Cost(1.25, 1.3, WAKE_NANOS),
                        new Cost(0.12, 0.9, 20)}));

    private FixtureResults() {
    }

    /** Writes the fixture to {@code args[0]}, or to its place under src/test/resources. */
    public static void main(String[] args) throws IOException {
        ResultsCodec.write(results(), args.length > 0 ? Path.of(args[0]) : SOURCE);
    }

    static RunResults results() {
        SplittableRandom random = new SplittableRandom(20260101L);
        List<BenchmarkResult> benchmarks = new ArrayList<>();
        for (OpModel model : OPS) {
            for (String size : SIZES) {
                long n = Sizes.parse(size);
                double bytes = (double) n * model.bytes();
                benchmarks.add(kernel(model, "sequential", 1, size, model.sequential().at(n, bytes), random));
                benchmarks.add(kernel(model, "simd", 1, size, model.simd().at(n, bytes), random));
                for (int threads = 1; threads <= 2; threads++) {
                    double zeroCopy = threads == 2 ? model.parallel2().at(n, bytes)
                            : model.sequential().at(n, bytes) + WAKE_NANOS / 4;
                    double simdParallel = threads == 2 ? model.simdParallel2().at(n, bytes)
                            : model.simd().at(n, bytes) + WAKE_NANOS / 4;
                    double copy = copyParallel(model, n, bytes, threads);
                    benchmarks.add(kernel(model, "copy-parallel", threads, size, copy, random));
                    benchmarks.add(kernel(model, "zero-copy-parallel", threads, size, zeroCopy, random));
                    benchmarks.add(kernel(model, "simd-parallel", threads, size, simdParallel, random));
                }
                String[] phases = {"allocate", "copyOut", "process", "copyBack"};
                for (int p = 0; p < phases.length; p++) {
                    if (model.copyPhases()[p].fixed() > 0) {
                        benchmarks.add(phase(model, phases[p], size, model.copyPhases()[p].at(n, bytes), random));
                    }
                }
            }
        }
        for (String kernel : List.of("copy", "scale", "triad")) {
            for (int threads = 1; threads <= 2; threads++) {
                double gbPerSecond = (threads == 1 ? 13.9 : 17.5) * (kernel.equals("copy") ? 1 : 0.97);
                double nanos = 2 * 8 * 64e6 * (kernel.equals("triad") ? 1.5 : 1) / gbPerSecond;
                Map<String, String> params = new LinkedHashMap<>();
                params.put("size", "64M");
                params.put("threads", Integer.toString(threads));
                benchmarks.add(result("dev.arraybench.scenarios.CeilingBenchmark." + kernel, params, nanos, 0.02,
                        random));
            }
        }
        Environment environment = new Environment("0.1.0-fixture", "Eclipse Adoptium", "25.0.1+8-LTS",
                "OpenJDK 64-Bit Server VM", List.of("--add-modules", "jdk.incubator.vector", "-Xmx2g"),
                "Linux 6.1.0 amd64", "Fixture CPU (synthetic results, not a measurement)", 2,
                caches(), 24L << 30, 256, "fixture",
                "2026-01-01T00:00:00Z", "2026-01-01T01:30:00Z");
        return new RunResults(RunResults.SCHEMA, environment, new Settings(2, 3, "1 s", 5, "1 s", List.of()),
                new Ceiling(13.9, 17.5, 2), TestDimensions.arraybench(), benchmarks);
    }

    private static Map<String, String> caches() {
        Map<String, String> caches = new LinkedHashMap<>();
        caches.put("L1d", "48 KiB");
        caches.put("L2", "2 MiB");
        caches.put("L3", "32 MiB");
        return caches;
    }

    private static double copyParallel(OpModel model, long n, double bytes, int threads) {
        double total = 0;
        for (int p = 0; p < 4; p++) {
            Cost cost = model.copyPhases()[p];
            if (p == 2 && threads == 1) {
                cost = model.sequential();
                total += WAKE_NANOS / 4;
            }
            total += cost.at(n, bytes);
        }
        return total;
    }

    private static BenchmarkResult kernel(OpModel model, String strategy, int threads, String size, double nanos,
            SplittableRandom random) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("op", model.op());
        params.put("dtype", model.dtype());
        params.put("layout", "native");
        params.put("strategy", strategy);
        params.put("threads", Integer.toString(threads));
        params.put("size", size);
        double noise = nanos < 20_000 ? 0.06 : 0.025;
        return result("dev.arraybench.scenarios.KernelBenchmark.run", params, nanos, noise, random);
    }

    private static BenchmarkResult phase(OpModel model, String phase, String size, double nanos,
            SplittableRandom random) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("op", model.op());
        params.put("dtype", model.dtype());
        params.put("layout", "native");
        params.put("threads", "2");
        params.put("size", size);
        return result("dev.arraybench.scenarios.CopyPhaseBenchmark." + phase, params, nanos, 0.04, random);
    }

    private static BenchmarkResult result(String benchmark, Map<String, String> params, double nanos, double noise,
            SplittableRandom random) {
        List<List<Double>> forks = new ArrayList<>();
        double sum = 0;
        double sumSquares = 0;
        int count = 0;
        for (int fork = 0; fork < 2; fork++) {
            double forkFactor = 1 + noise * (2 * random.nextDouble() - 1);
            List<Double> samples = new ArrayList<>();
            for (int iteration = 0; iteration < 5; iteration++) {
                double micros = nanos / 1000 * forkFactor * (1 + noise / 2 * (2 * random.nextDouble() - 1));
                micros = Math.round(micros * 1e4) / 1e4;
                samples.add(micros);
                sum += micros;
                sumSquares += micros * micros;
                count++;
            }
            forks.add(samples);
        }
        double score = sum / count;
        double sd = Math.sqrt(Math.max(0, (sumSquares - count * score * score) / (count - 1)));
        double error = Math.round(4.78 * sd / Math.sqrt(count) * 1e4) / 1e4;
        return new BenchmarkResult(benchmark, params, "avgt", "us/op", score, error, score - error, score + error,
                forks, DerivedFigures.of(params, "size", score, "us/op", null, TestDimensions.bytes(benchmark, params)));
    }
}
