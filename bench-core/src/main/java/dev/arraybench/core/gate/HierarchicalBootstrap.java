package dev.arraybench.core.gate;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A two-level bootstrap of the mean that respects how JMH measures: iterations inside one fork share a
 * JIT compilation, a heap layout and a CPU placement, so they are not independent, and forks differ more
 * from each other than iterations do. Each resample draws the forks with replacement, then, inside each
 * drawn fork, as many iterations as it holds with replacement; its mean is the mean of everything drawn.
 * The spread of those means across resamples gives percentile intervals of each side's mean and of the
 * ratio of the two means.
 */
public final class HierarchicalBootstrap {

    private HierarchicalBootstrap() {
    }

    /**
     * The intervals of one comparison.
     *
     * @param baseline the interval of the baseline's mean
     * @param current the interval of the current mean
     * @param ratio the interval of current mean / baseline mean
     */
    public record Intervals(Interval baseline, Interval current, Interval ratio) {
    }

    /**
     * Bootstraps both sides together.
     *
     * @param baseline the baseline's samples, one list per fork, none empty
     * @param current the current samples, one list per fork, none empty
     * @param resamples how many resamples to draw
     * @param confidence the intervals' confidence level, a fraction
     * @param random the source of the draws; seed it for repeatable intervals
     * @return percentile intervals of both means and of their ratio
     */
    public static Intervals intervals(List<List<Double>> baseline, List<List<Double>> current, int resamples,
            double confidence, SplittableRandom random) {
        double[][] base = arrays(baseline);
        double[][] cur = arrays(current);
        double[] baseMeans = new double[resamples];
        double[] curMeans = new double[resamples];
        double[] ratios = new double[resamples];
        for (int i = 0; i < resamples; i++) {
            baseMeans[i] = resampledMean(base, random);
            curMeans[i] = resampledMean(cur, random);
            ratios[i] = ratio(curMeans[i], baseMeans[i]);
        }
        return new Intervals(percentile(baseMeans, confidence), percentile(curMeans, confidence),
                percentile(ratios, confidence));
    }

    /** {@code numerator / denominator}, taking 0/0 as 1 (no change) so every resample has a ratio. */
    static double ratio(double numerator, double denominator) {
        return numerator == denominator ? 1 : numerator / denominator;
    }

    /** The mean of one two-level resample. */
    static double resampledMean(double[][] forks, SplittableRandom random) {
        double sum = 0;
        long count = 0;
        for (int i = 0; i < forks.length; i++) {
            double[] fork = forks[random.nextInt(forks.length)];
            for (int j = 0; j < fork.length; j++) {
                sum += fork[random.nextInt(fork.length)];
            }
            count += fork.length;
        }
        return sum / count;
    }

    /** The central {@code confidence} percentile interval of {@code values} (sorted in place). */
    static Interval percentile(double[] values, double confidence) {
        Arrays.sort(values);
        int tail = (int) Math.floor((1 - confidence) / 2 * values.length + 1e-9);
        int low = Math.min(tail, values.length - 1);
        return new Interval(values[low], values[values.length - 1 - low]);
    }

    private static double[][] arrays(List<List<Double>> forks) {
        return forks.stream()
                .map(fork -> fork.stream().mapToDouble(Double::doubleValue).toArray())
                .toArray(double[][]::new);
    }
}
