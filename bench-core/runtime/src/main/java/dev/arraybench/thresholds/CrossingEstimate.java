package dev.arraybench.thresholds;

import java.util.Arrays;
import java.util.List;

/**
 * Reads a crossing from timed rounds: median times per size, their ratio, and the threshold that costs least
 * to follow. The speedup profile between the sizes measured is a straight line of log speedup over log size;
 * a threshold's regret at a size is how much slower its choice is than the faster path there (choosing
 * parallel where the speedup is 0.8 costs 25%, choosing sequential where it is 1.3 costs 30%).
 */
final class CrossingEstimate {

    /** Points, log-spaced from the smallest size to the largest, at which a threshold's regret is read. */
    private static final int GRID = 128;

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
     * The size from which to go parallel: of the sizes where the profile passes 1 upwards (interpolated),
     * the smallest size measured and "never" ({@link Long#MAX_VALUE}), the one whose mean regret over the
     * measured range is least, the larger on a tie. On a profile that passes 1 once, that is where it passes
     * (regret 0); where parallel dips below sequential again at a larger size, the dip costs less than
     * staying sequential over the sizes before it, and the old rule ("wins at every larger size") gave those
     * wins away.
     */
    static long of(int[] sizes, double[] speedups) {
        long best = Long.MAX_VALUE;
        double least = meanRegret(sizes, speedups, best);
        for (int i = sizes.length - 2; i >= -1; i--) {
            long candidate;
            if (i >= 0 && speedups[i] <= 1 && speedups[i + 1] > 1) {
                candidate = upwards(sizes, speedups, i);
            } else if (i == -1 && speedups[0] > 1) {
                candidate = sizes[0];
            } else {
                continue;
            }
            double regret = meanRegret(sizes, speedups, candidate);
            if (regret < least - 1e-12) {
                best = candidate;
                least = regret;
            }
        }
        return best;
    }

    /** The largest regret, over the measured range, of following {@code threshold} on {@code speedups}. */
    static double maxRegret(int[] sizes, double[] speedups, long threshold) {
        double max = 0;
        for (int g = 0; g < GRID; g++) {
            max = Math.max(max, regretAt(sizes, speedups, threshold, g));
        }
        return max;
    }

    private static double meanRegret(int[] sizes, double[] speedups, long threshold) {
        double sum = 0;
        for (int g = 0; g < GRID; g++) {
            sum += regretAt(sizes, speedups, threshold, g);
        }
        return sum / GRID;
    }

    private static double regretAt(int[] sizes, double[] speedups, long threshold, int g) {
        double low = Math.log(sizes[0]);
        double logSize = low + (Math.log(sizes[sizes.length - 1]) - low) * g / (GRID - 1);
        double speedup = Math.exp(logSpeedup(sizes, speedups, logSize));
        return Math.exp(logSize) >= threshold ? Math.max(0, 1 / speedup - 1) : Math.max(0, speedup - 1);
    }

    /** The profile's log speedup at {@code logSize}, interpolated between the sizes measured. */
    private static double logSpeedup(int[] sizes, double[] speedups, double logSize) {
        int i = 0;
        while (i < sizes.length - 2 && Math.log(sizes[i + 1]) < logSize) {
            i++;
        }
        double from = Math.log(sizes[i]);
        double fraction = Math.max(0, Math.min(1, (logSize - from) / (Math.log(sizes[i + 1]) - from)));
        return log(speedups[i]) + fraction * (log(speedups[i + 1]) - log(speedups[i]));
    }

    private static double log(double speedup) {
        return Math.log(Math.max(speedup, 1e-12));
    }

    /** Where the profile passes 1 between sizes {@code i} and {@code i + 1}, on log-log axes. */
    private static long upwards(int[] sizes, double[] speedups, int i) {
        double below = log(speedups[i]);
        double above = log(speedups[i + 1]);
        double fraction = -below / (above - below);
        double logSize = Math.log(sizes[i]) + fraction * (Math.log(sizes[i + 1]) - Math.log(sizes[i]));
        return (long) Math.ceil(Math.exp(logSize));
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
