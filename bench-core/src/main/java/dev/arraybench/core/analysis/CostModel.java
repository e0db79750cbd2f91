package dev.arraybench.core.analysis;

import java.util.List;

/**
 * A variant's time per call as a fixed cost plus a cost per element, {@code time(n) = fixed + perElement * n},
 * fitted by least squares on relative error (each size weighs alike, so log-spaced sizes do not let the
 * largest one decide the fixed cost).
 *
 * @param fixedNanos the cost of a call of no elements, in nanoseconds (dispatch, wake-up, allocation)
 * @param nanosPerElement the cost of each element, in nanoseconds
 * @param from the smallest size fitted
 * @param to the largest size fitted
 * @param sizes how many sizes were fitted
 */
public record CostModel(double fixedNanos, double nanosPerElement, long from, long to, int sizes) {

    /**
     * Fits {@code points} (one variant of one case, any order); {@code null} with fewer than two distinct
     * sizes.
     */
    public static CostModel fit(List<KernelPoint> points) {
        double sw = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        for (KernelPoint point : points) {
            double time = point.nanosPerOp().estimate();
            if (!(time > 0)) {
                continue;
            }
            double weight = 1 / (time * time);
            double size = point.size();
            sw += weight;
            sx += weight * size;
            sy += weight * time;
            sxx += weight * size * size;
            sxy += weight * size * time;
            from = Math.min(from, point.size());
            to = Math.max(to, point.size());
        }
        double determinant = sw * sxx - sx * sx;
        if (from >= to || !(determinant > 0)) {
            return null;
        }
        double perElement = (sw * sxy - sx * sy) / determinant;
        double fixed = (sy - perElement * sx) / sw;
        return new CostModel(fixed, perElement, from, to, points.size());
    }

    /** The modelled time of one call on {@code elements} elements, in nanoseconds. */
    public double nanos(double elements) {
        return fixedNanos + nanosPerElement * elements;
    }
}
