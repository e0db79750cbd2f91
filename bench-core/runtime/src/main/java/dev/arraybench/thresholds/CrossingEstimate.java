package dev.arraybench.thresholds;

import java.util.Arrays;
import java.util.List;

/** Reads a crossing from timed rounds: median times per size, their ratio, and where it passes 1. */
final class CrossingEstimate {

    private CrossingEstimate() {
    }

    /**
     * Per size, the median sequential time over the median parallel time (above 1: parallel is faster), over
     * the rounds {@code first}, {@code first + step}, ...; each round is {@code [path][size]} times per call.
     */
    static double[] speedups(List<double[][]> rounds, int first, int step) {
        int sizes = rounds.get(0)[0].length;
        double[] speedups = new double[sizes];
        for (int i = 0; i < sizes; i++) {
            int count = (rounds.size() - first + step - 1) / step;
            double[] sequential = new double[count];
            double[] parallel = new double[count];
            for (int r = first, k = 0; r < rounds.size(); r += step, k++) {
                sequential[k] = rounds.get(r)[0][i];
                parallel[k] = rounds.get(r)[1][i];
            }
            speedups[i] = median(sequential) / Math.max(median(parallel), Double.MIN_NORMAL);
        }
        return speedups;
    }

    /**
     * The size from which parallel wins: the first size from which it wins at every larger size too, the
     * crossing placed between it and the size before by straight-line interpolation of log speedup over log
     * size. The smallest size when it wins everywhere, {@link Long#MAX_VALUE} when it does not win at the
     * largest.
     */
    static long of(int[] sizes, double[] speedups) {
        int from = sizes.length;
        while (from > 0 && speedups[from - 1] > 1) {
            from--;
        }
        if (from == sizes.length) {
            return Long.MAX_VALUE;
        }
        if (from == 0) {
            return sizes[0];
        }
        double below = Math.log(speedups[from - 1]);
        double above = Math.log(speedups[from]);
        double fraction = -below / (above - below);
        double logSize = Math.log(sizes[from - 1]) + fraction * (Math.log(sizes[from]) - Math.log(sizes[from - 1]));
        return (long) Math.ceil(Math.exp(logSize));
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
