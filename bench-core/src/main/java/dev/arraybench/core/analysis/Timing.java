package dev.arraybench.core.analysis;

import dev.arraybench.core.result.BenchmarkResult;
import dev.arraybench.core.result.DerivedFigures;
import java.util.List;

/**
 * A benchmark's raw samples as nanoseconds per operation, one array per fork, whatever JMH unit they were
 * recorded in: time per operation ({@code us/op}) is scaled; throughput ({@code ops/us}) is inverted sample
 * by sample.
 */
public final class Timing {

    private Timing() {
    }

    /** The samples in nanoseconds per operation, or {@code null} when the unit is neither kind. */
    public static double[][] nanosPerOp(BenchmarkResult result) {
        String unit = result.unit();
        double scale;
        boolean inverse;
        if (unit != null && unit.startsWith("ops/")) {
            scale = DerivedFigures.nanosPerOp(1, unit.substring(4) + "/op");
            inverse = true;
        } else {
            scale = DerivedFigures.nanosPerOp(1, unit);
            inverse = false;
        }
        if (Double.isNaN(scale)) {
            return null;
        }
        List<List<Double>> forks = result.samples();
        double[][] nanos = new double[forks.size()][];
        for (int f = 0; f < nanos.length; f++) {
            List<Double> fork = forks.get(f);
            nanos[f] = new double[fork.size()];
            for (int i = 0; i < nanos[f].length; i++) {
                double sample = fork.get(i);
                nanos[f][i] = inverse ? scale / sample : sample * scale;
            }
        }
        return nanos;
    }
}
