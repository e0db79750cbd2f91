package dev.arraybench.core.history.change;

import java.util.List;

/**
 * The noise of a series around its segments' means. The drift of a machine between runs makes neighbouring commits' values alike (positive lag-1
 * autocorrelation), which shrinks the information in a segment's mean below what its length says. An
 * interval that ignored it would be too narrow: for AR(1) noise of autocorrelation rho a mean's standard
 * error grows by sqrt((1 + rho) / (1 - rho)).
 */
final class Drift {

    /** The largest autocorrelation credited, so a short series' estimate cannot blow the interval up. */
    private static final double MAX_RHO = 0.8;

    private Drift() {
    }

    /**
     * The noise around the segments' means ({@code splits} cut the segments).
     *
     * @param variance the residuals' variance, over every segment
     * @param inflation the factor by which a segment mean's standard error grows: from the residuals' lag-1
     *     autocorrelation, 1 when it is not positive
     */
    record Noise(double variance, double inflation) {
    }

    static Noise of(double[] values, List<Integer> splits) {
        double[] residuals = new double[values.length];
        int start = 0;
        for (int s = 0; s <= splits.size(); s++) {
            int end = s == splits.size() ? values.length : splits.get(s);
            double mean = 0;
            for (int i = start; i < end; i++) {
                mean += values[i];
            }
            mean /= Math.max(1, end - start);
            for (int i = start; i < end; i++) {
                residuals[i] = values[i] - mean;
            }
            start = end;
        }
        double squares = 0;
        double lagged = 0;
        for (int i = 0; i < residuals.length; i++) {
            squares += residuals[i] * residuals[i];
            if (i > 0) {
                lagged += residuals[i] * residuals[i - 1];
            }
        }
        double rho = squares > 0 ? Math.min(MAX_RHO, lagged / squares) : 0;
        int degrees = values.length - splits.size() - 1;
        return new Noise(degrees > 0 ? squares / degrees : 0, rho > 0 ? Math.sqrt((1 + rho) / (1 - rho)) : 1);
    }
}
