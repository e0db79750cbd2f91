package dev.arraybench.core.analysis;

import dev.arraybench.core.result.BenchmarkResult;
import dev.arraybench.core.result.DerivedFigures;

/**
 * A benchmark's raw samples as nanoseconds per operation, one array per fork, whatever JMH unit they were
 * recorded in: time per operation ({@code us/op}) is scaled; throughput ({@code ops/us}), where higher is
 * better, is inverted sample by sample, so every later stage reads lower as better.
 */
public final class Timing {

    private Timing() {
    }

    /** The samples in nanoseconds per operation, or {@code null} when the unit is neither kind. */
    public static double[][] nanosPerOp(BenchmarkResult result) {
        if (Double.isNaN(DerivedFigures.nanosPerOp(1, result.unit()))) {
            return null;
        }
        double[][] forks = result.forks();
        for (double[] fork : forks) {
            for (int i = 0; i < fork.length; i++) {
                fork[i] = DerivedFigures.nanosPerOp(fork[i], result.unit());
            }
        }
        return forks;
    }
}
