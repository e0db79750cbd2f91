package dev.arraybench.core.history.change;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * E-Divisive means (Matteson and James, 2014; as in Apache Otava): binary segmentation at the split that
 * maximises the energy distance between the two sides, each split kept when a significance test between them
 * passes, then both sides searched again. The energy statistic of every split of a segment is computed in
 * O(n^2) by moving one point at a time from the right side to the left.
 */
public final class EDivisive implements Segmentation {

    private final SegmentTest test;
    private final double alpha;

    /** Splits that {@code test} finds significant at level {@code alpha}. */
    public EDivisive(SegmentTest test, double alpha) {
        this.test = test;
        this.alpha = alpha;
    }

    @Override
    public int[] splits(double[] values) {
        Deque<int[]> segments = new ArrayDeque<>();
        segments.push(new int[] {0, values.length});
        int[] found = new int[values.length];
        int count = 0;
        while (!segments.isEmpty()) {
            int[] segment = segments.pop();
            int split = bestSplit(values, segment[0], segment[1]);
            if (split < 0 || test.pValue(Arrays.copyOfRange(values, segment[0], split),
                    Arrays.copyOfRange(values, split, segment[1]), 0) >= alpha) {
                continue;
            }
            found[count++] = split;
            segments.push(new int[] {segment[0], split});
            segments.push(new int[] {split, segment[1]});
        }
        int[] splits = Arrays.copyOf(found, count);
        Arrays.sort(splits);
        return splits;
    }

    @Override
    public String label() {
        return "E-Divisive, " + test.label();
    }

    /**
     * The split of {@code values[start, end)} with the largest energy statistic, each side at least
     * {@link #MIN_SEGMENT} long, or -1 when the segment is too short to split.
     */
    static int bestSplit(double[] values, int start, int end) {
        int n = end - start;
        if (n < 2 * MIN_SEGMENT) {
            return -1;
        }
        double within = 0;
        for (int i = start; i < end; i++) {
            for (int j = i + 1; j < end; j++) {
                within += Math.abs(values[i] - values[j]);
            }
        }
        double left = 0;
        double right = within;
        double cross = 0;
        int best = -1;
        double bestEnergy = Double.NEGATIVE_INFINITY;
        for (int split = start + 1; split <= end - MIN_SEGMENT; split++) {
            int moved = split - 1;
            double toLeft = 0;
            for (int i = start; i < moved; i++) {
                toLeft += Math.abs(values[i] - values[moved]);
            }
            double toRight = 0;
            for (int j = moved + 1; j < end; j++) {
                toRight += Math.abs(values[moved] - values[j]);
            }
            left += toLeft;
            right -= toRight;
            cross += toRight - toLeft;
            int nLeft = split - start;
            int nRight = end - split;
            if (nLeft < MIN_SEGMENT) {
                continue;
            }
            double energy = (double) nLeft * nRight / n * (2 * cross / ((double) nLeft * nRight)
                    - left / pairs(nLeft) - right / pairs(nRight));
            if (energy > bestEnergy) {
                bestEnergy = energy;
                best = split;
            }
        }
        return best;
    }

    private static double pairs(int n) {
        return n * (n - 1) / 2.0;
    }
}
