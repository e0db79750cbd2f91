package dev.arraybench.core.gate;

import dev.arraybench.core.result.BenchmarkResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Seeded synthetic JMH results with known truth: every fork gets its own lognormal offset (forks differ
 * more than iterations: JIT decisions, heap layout, CPU placement), every iteration lognormal noise around
 * it, and a few iterations an outlier (a GC pause, a noisy neighbour) that makes them much slower.
 *
 * @param forks forks per side
 * @param iterations measured iterations per fork
 * @param forkSpread the standard deviation of log(fork offset), such as 0.02 for about 2%
 * @param iterationSpread the standard deviation of log(iteration noise), such as 0.03 for about 3%
 * @param outlierRate the share of iterations hit by an outlier, such as 0.02
 * @param outlierFactor how much slower an outlier iteration is, such as 1.3
 */
record SyntheticRuns(int forks, int iterations, double forkSpread, double iterationSpread, double outlierRate,
        double outlierFactor) {

    /** The noise the gate is specified against: 2% between forks, 3% between iterations, 2% outliers +30%. */
    static SyntheticRuns realistic(int forks, int iterations) {
        return new SyntheticRuns(forks, iterations, 0.02, 0.03, 0.02, 1.3);
    }

    /** The noise in words, for printed tables. */
    String describe() {
        return String.format(java.util.Locale.ROOT,
                "%.0f%% between forks, %.0f%% between iterations, %.0f%% of iterations %+.0f%% (outliers)",
                100 * forkSpread, 100 * iterationSpread, 100 * outlierRate, 100 * (outlierFactor - 1));
    }

    /** One run of a time-per-operation benchmark whose true mean is {@code mean} microseconds. */
    BenchmarkResult avgt(double mean, SplittableRandom random) {
        return result("avgt", "us/op", mean, false, random);
    }

    /** One run of a throughput benchmark whose true mean time per operation is {@code mean} microseconds. */
    BenchmarkResult thrpt(double mean, SplittableRandom random) {
        return result("thrpt", "ops/us", mean, true, random);
    }

    private BenchmarkResult result(String mode, String unit, double mean, boolean invert,
            SplittableRandom random) {
        List<List<Double>> samples = new ArrayList<>();
        double sum = 0;
        for (int f = 0; f < forks; f++) {
            double fork = mean * Math.exp(forkSpread * gaussian(random));
            List<Double> values = new ArrayList<>();
            for (int i = 0; i < iterations; i++) {
                double time = fork * Math.exp(iterationSpread * gaussian(random));
                if (random.nextDouble() < outlierRate) {
                    time *= outlierFactor;
                }
                double value = invert ? 1 / time : time;
                values.add(value);
                sum += value;
            }
            samples.add(values);
        }
        double score = sum / (forks * iterations);
        return new BenchmarkResult("dev.arraybench.scenarios.KernelBenchmark.run",
                Map.of("op", "scale", "size", "1M"), mode, unit, score, Double.NaN, Double.NaN, Double.NaN,
                samples, null);
    }

    private static double gaussian(SplittableRandom random) {
        return random.nextGaussian();
    }

    /** A copy with other spreads, for harsher noise. */
    SyntheticRuns withSpreads(double forks, double iterations, double outliers) {
        return new SyntheticRuns(this.forks, this.iterations, forks, iterations, outliers, outlierFactor);
    }
}
