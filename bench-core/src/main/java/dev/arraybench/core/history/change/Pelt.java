package dev.arraybench.core.history.change;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * PELT (Killick, Fearnhead and Eckley, 2012): the exact least-squares segmentation into constant means with a
 * penalty per change, as asv fits steps. The noise variance is estimated robustly from the median absolute
 * difference of neighbouring points (so steps and one outlier barely move it), and each change costs
 * {@code penaltyFactor * log(n)} of those variances (3 log n: the modified BIC of the changepoint literature).
 */
public final class Pelt implements Segmentation {

    private static final double NORMAL_MAD = 0.6744897501960817;

    private final double penaltyFactor;

    /** A change costs {@code penaltyFactor * log(n)} noise variances. */
    public Pelt(double penaltyFactor) {
        this.penaltyFactor = penaltyFactor;
    }

    @Override
    public int[] splits(double[] values) {
        int n = values.length;
        if (n < 2 * MIN_SEGMENT) {
            return new int[0];
        }
        double[] sum = new double[n + 1];
        double[] squares = new double[n + 1];
        for (int i = 0; i < n; i++) {
            sum[i + 1] = sum[i] + values[i];
            squares[i + 1] = squares[i] + values[i] * values[i];
        }
        double penalty = penaltyFactor * Math.log(n) * noiseVariance(values);
        double[] best = new double[n + 1];
        int[] last = new int[n + 1];
        best[0] = -penalty;
        List<Integer> candidates = new ArrayList<>(List.of(0));
        for (int end = MIN_SEGMENT; end <= n; end++) {
            double bestCost = Double.POSITIVE_INFINITY;
            int bestStart = 0;
            for (int start : candidates) {
                if (end - start < MIN_SEGMENT) {
                    continue;
                }
                double cost = best[start] + cost(sum, squares, start, end) + penalty;
                if (cost < bestCost) {
                    bestCost = cost;
                    bestStart = start;
                }
            }
            best[end] = bestCost;
            last[end] = bestStart;
            List<Integer> kept = new ArrayList<>();
            for (int start : candidates) {
                if (end - start < MIN_SEGMENT || best[start] + cost(sum, squares, start, end) <= bestCost) {
                    kept.add(start);
                }
            }
            kept.add(end);
            candidates = kept;
        }
        List<Integer> splits = new ArrayList<>();
        for (int end = last[n]; end > 0; end = last[end]) {
            splits.add(end);
        }
        int[] sorted = splits.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }

    @Override
    public String label() {
        return String.format(Locale.ROOT, "PELT, penalty %.0f log n", penaltyFactor);
    }

    /** The squared deviations of {@code values[start, end)} from their mean. */
    private static double cost(double[] sum, double[] squares, int start, int end) {
        double total = sum[end] - sum[start];
        return squares[end] - squares[start] - total * total / (end - start);
    }

    private static double noiseVariance(double[] values) {
        double[] differences = new double[values.length - 1];
        for (int i = 1; i < values.length; i++) {
            differences[i - 1] = Math.abs(values[i] - values[i - 1]);
        }
        Arrays.sort(differences);
        int middle = differences.length / 2;
        double median = differences.length % 2 == 1 ? differences[middle]
                : (differences[middle - 1] + differences[middle]) / 2;
        double sigma = median / NORMAL_MAD / Math.sqrt(2);
        return sigma * sigma;
    }
}
