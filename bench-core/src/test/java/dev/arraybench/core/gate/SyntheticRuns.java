package dev.arraybench.core.gate;

import dev.arraybench.core.result.BenchmarkResult;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Seeded synthetic JMH results with known truth: every fork gets its own lognormal offset (forks differ
 * more than iterations: JIT decisions, heap layout, CPU placement), every iteration lognormal noise around
 * it, and a few iterations an outlier (a GC pause, a noisy neighbour) that makes them much slower. With a
 * drift, the machine's speed also wanders over time: forks run next to each other (the i-th fork of each
 * side in an interleaved A B B A run) share that offset, so pairing them cancels it.
 *
 * @param forks forks per side
 * @param iterations measured iterations per fork
 * @param forkSpread the standard deviation of log(fork offset), such as 0.02 for about 2%
 * @param iterationSpread the standard deviation of log(iteration noise), such as 0.03 for about 3%
 * @param outlierRate the share of iterations hit by an outlier, such as 0.02
 * @param outlierFactor how much slower an outlier iteration is, such as 1.3
 * @param drift the standard deviation of log(machine offset) shared by neighbouring forks, 0 for none
 */
record SyntheticRuns(int forks, int iterations, double forkSpread, double iterationSpread, double outlierRate,
        double outlierFactor, double drift) {

    /** The noise the gate is specified against: 2% between forks, 3% between iterations, 2% outliers +30%. */
    static SyntheticRuns realistic(int forks, int iterations) {
        return new SyntheticRuns(forks, iterations, 0.02, 0.03, 0.02, 1.3, 0);
    }

    /** The noise in words, for printed tables. */
    String describe() {
        return String.format(Locale.ROOT,
                "%.0f%% between forks, %.0f%% between iterations, %.0f%% of iterations %+.0f%% (outliers)%s",
                100 * forkSpread, 100 * iterationSpread, 100 * outlierRate, 100 * (outlierFactor - 1),
                drift == 0 ? "" : String.format(Locale.ROOT, ", %.0f%% drift shared by neighbouring forks",
                        100 * drift));
    }

    /**
     * A baseline whose true time per operation is {@code mean} microseconds and a current run whose true time
     * is {@code mean * slowdown}, measured as time per operation or, with {@code throughput}, as operations
     * per time; the i-th forks of both share the drift.
     */
    BenchmarkResult[] pair(double mean, double slowdown, boolean throughput, SplittableRandom random) {
        double[] offsets = new double[forks];
        for (int f = 0; f < forks; f++) {
            offsets[f] = drift == 0 ? 1 : Math.exp(drift * random.nextGaussian());
        }
        return new BenchmarkResult[] {result(throughput, mean, offsets, random),
            result(throughput, mean * slowdown, offsets, random)};
    }

    private BenchmarkResult result(boolean throughput, double mean, double[] offsets, SplittableRandom random) {
        double[][] samples = new double[forks][iterations];
        for (int f = 0; f < forks; f++) {
            double fork = mean * offsets[f] * Math.exp(forkSpread * random.nextGaussian());
            for (int i = 0; i < iterations; i++) {
                double time = fork * Math.exp(iterationSpread * random.nextGaussian());
                if (random.nextDouble() < outlierRate) {
                    time *= outlierFactor;
                }
                samples[f][i] = throughput ? 1 / time : time;
            }
        }
        return throughput ? Samples.result("thrpt", "ops/us", samples, "op", "scale", "size", "1M")
                : Samples.result("avgt", "us/op", samples, "op", "scale", "size", "1M");
    }

    /** A copy with other spreads, for harsher noise. */
    SyntheticRuns withSpreads(double forks, double iterations, double outliers) {
        return new SyntheticRuns(this.forks, this.iterations, forks, iterations, outliers, outlierFactor, drift);
    }

    /** A copy with a drift shared by neighbouring forks. */
    SyntheticRuns withDrift(double shared) {
        return new SyntheticRuns(forks, iterations, forkSpread, iterationSpread, outlierRate, outlierFactor, shared);
    }

    /** A copy with {@code count} forks a side. */
    SyntheticRuns withForks(int count) {
        return new SyntheticRuns(count, iterations, forkSpread, iterationSpread, outlierRate, outlierFactor, drift);
    }
}
