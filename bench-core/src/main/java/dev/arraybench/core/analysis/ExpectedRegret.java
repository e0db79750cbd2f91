package dev.arraybench.core.analysis;

/**
 * The size to parallelise from that costs least on average: for every candidate threshold on a log-spaced
 * grid over the measured sizes, the regret of following it (the time of its choice over the faster
 * choice's, minus 1) averaged over the grid's sizes and over the bootstrap resamples of the speedup profile,
 * whose forks come from different rounds of the search. The profile between measured sizes is interpolated
 * linearly in speedup and log size, as the break-even's crossing is, but not forced to be monotone, so a band where the variant is
 * slower above its break-even counts against a low threshold.
 *
 * <p>Unlike the upper end of the break-even's interval, which gives away every win between the estimate
 * and that end to guard against a slowdown, this weighs both mistakes by what they cost.
 */
final class ExpectedRegret {

    /** Points of the grid the regret is averaged over and the candidates are taken from. */
    static final int GRID = 200;

    private ExpectedRegret() {
    }

    /**
     * The threshold of least expected regret: a size on the grid (the smallest measured size when the
     * variant should always run), or {@code +Infinity} when staying sequential costs least.
     *
     * @param sizes the measured sizes, ascending, at least two
     * @param logSpeedups per resample, the log speedup (baseline time over variant time) at each size
     */
    static double threshold(long[] sizes, double[][] logSpeedups) {
        double[] grid = grid(sizes[0], sizes[sizes.length - 1]);
        double[] costParallel = new double[grid.length];
        double[] costSequential = new double[grid.length];
        for (double[] profile : logSpeedups) {
            int at = 0;
            for (int g = 0; g < grid.length; g++) {
                while (at < sizes.length - 2 && sizes[at + 1] < grid[g]) {
                    at++;
                }
                double speedup = interpolate(sizes, profile, at, grid[g]);
                costParallel[g] += speedup < 1 ? 1 / speedup - 1 : 0;
                costSequential[g] += speedup > 1 ? speedup - 1 : 0;
            }
        }
        double[] sequentialBelow = new double[grid.length + 1];
        for (int g = 0; g < grid.length; g++) {
            sequentialBelow[g + 1] = sequentialBelow[g] + costSequential[g];
        }
        double best = Double.POSITIVE_INFINITY;
        double bestCost = sequentialBelow[grid.length];
        double parallelFrom = 0;
        for (int k = grid.length - 1; k >= 0; k--) {
            parallelFrom += costParallel[k];
            double cost = sequentialBelow[k] + parallelFrom;
            if (cost < bestCost) {
                bestCost = cost;
                best = k == 0 ? sizes[0] : grid[k];
            }
        }
        return best;
    }

    private static double interpolate(long[] sizes, double[] profile, int at, double size) {
        double from = Math.log(sizes[at]);
        double to = Math.log(sizes[at + 1]);
        double fraction = Math.max(0, Math.min(1, (Math.log(size) - from) / (to - from)));
        double below = Math.exp(profile[at]);
        return below + fraction * (Math.exp(profile[at + 1]) - below);
    }

    private static double[] grid(long smallest, long largest) {
        double[] grid = new double[GRID];
        double from = Math.log(smallest);
        double step = (Math.log(largest) - from) / (GRID - 1);
        for (int g = 0; g < GRID; g++) {
            grid[g] = Math.exp(from + g * step);
        }
        return grid;
    }
}
