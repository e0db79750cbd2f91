package dev.arraybench.core.history.change;

/**
 * Places a change exactly: the split of a segment that leaves the least squared deviation from the two
 * sides' means (the most likely step for normal noise). E-Divisive finds that there is a change; this says
 * at which commit, where the energy statistic's ties and drift blur it by a few points.
 */
final class LeastSquares {

    private LeastSquares() {
    }

    /** The split of {@code values[start, end)}, each side at least {@link Segmentation#MIN_SEGMENT} long. */
    static int bestSplit(double[] values, int start, int end) {
        double total = 0;
        for (int i = start; i < end; i++) {
            total += values[i];
        }
        int n = end - start;
        double left = 0;
        int best = -1;
        double bestGain = Double.NEGATIVE_INFINITY;
        for (int split = start + 1; split < end; split++) {
            left += values[split - 1];
            int nLeft = split - start;
            int nRight = n - nLeft;
            if (nLeft < Segmentation.MIN_SEGMENT || nRight < Segmentation.MIN_SEGMENT) {
                continue;
            }
            double difference = left / nLeft - (total - left) / nRight;
            double gain = (double) nLeft * nRight / n * difference * difference;
            if (gain > bestGain) {
                bestGain = gain;
                best = split;
            }
        }
        return best;
    }
}
