package dev.arraybench.core.stats;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.Quantile;

/**
 * The one bootstrap of the project, used by the analysis and by the gate: confidence intervals from JMH's
 * raw samples by a seeded two-level resampling that respects how JMH measures. Iterations inside one fork
 * share a JIT compilation, a heap layout and a CPU placement, so they are not independent, and forks differ
 * more from each other than iterations do. Each resample draws forks with replacement, then iterations with
 * replacement within each drawn fork, and takes the mean of everything drawn; with one fork only iterations
 * are resampled. The interval is the central {@code confidence} percentile interval of the resamples. A
 * ratio resamples its numerator and denominator independently (they are separate runs).
 *
 * <p>The seed is fixed per instance, so the same samples always give the same interval and reports are
 * reproducible. With fewer than two samples on a side the interval is unknown. Percentile intervals are
 * somewhat narrow for very few samples (say one fork of three iterations).
 */
public final class HierarchicalBootstrap {

    /** Resamples per interval in the analysis. */
    public static final int RESAMPLES = 2000;
    /** The seed the analysis starts every interval from. */
    public static final long SEED = 0x5EED_A11A_BE4CL;
    /** The analysis' confidence level. */
    public static final double CONFIDENCE = 0.95;

    private static final HierarchicalBootstrap ANALYSIS = new HierarchicalBootstrap(RESAMPLES, CONFIDENCE, SEED);

    private final int resamples;
    private final double confidence;
    private final long seed;

    /**
     * A bootstrap drawing {@code resamples} resamples for a {@code confidence} interval (a fraction), every
     * interval starting from {@code seed}.
     */
    public HierarchicalBootstrap(int resamples, double confidence, long seed) {
        if (resamples < 100) {
            throw new IllegalArgumentException("resamples: " + resamples + " (expected at least 100)");
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence: " + confidence + " (expected above 0 and below 1)");
        }
        this.resamples = resamples;
        this.confidence = confidence;
        this.seed = seed;
    }

    /** The analysis' bootstrap: {@value #RESAMPLES} resamples, 95%, a fixed seed. */
    public static HierarchicalBootstrap analysis() {
        return ANALYSIS;
    }

    /** The mean of every sample with its interval; {@code forks} holds one array of samples per fork. */
    public Interval mean(double[][] forks) {
        double estimate = pooledMean(forks);
        if (count(forks) < 2) {
            return Interval.unknown(estimate);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] means = new double[resamples];
        for (int index = 0; index < resamples; index++) {
            means[index] = resampledMean(forks, random);
        }
        return percentiles(estimate, means);
    }

    /**
     * The ratio of the means {@code mean(numerator) / mean(denominator)} with its interval, such as a
     * speedup (the baseline's time over the variant's) or a change (the current mean over the baseline's).
     * Two equal means, zeros included, are a ratio of 1.
     */
    public Interval ratio(double[][] numerator, double[][] denominator) {
        double estimate = ratio(pooledMean(numerator), pooledMean(denominator));
        if (count(numerator) < 2 || count(denominator) < 2) {
            return Interval.unknown(estimate);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] ratios = new double[resamples];
        for (int index = 0; index < resamples; index++) {
            ratios[index] = ratio(resampledMean(numerator, random), resampledMean(denominator, random));
        }
        return percentiles(estimate, ratios);
    }

    /**
     * The resampled means of {@code forks} themselves, one per resample, for a statistic of several series
     * at once (such as the size at which a speedup crosses 1): resample {@code r} of each series is the
     * {@code r}-th entry of its array. Each series needs its own {@code stream} so that series measured
     * apart are resampled independently; the same samples and stream always give the same means.
     *
     * <p>Drawing {@code n} units with replacement spreads the means by only {@code (n - 1) / n} of the
     * variance the units imply: half of it with the two forks a quick run takes, and a statistic of several
     * such series then has an interval too narrow to cover a second run. The means are therefore spread
     * around the pooled mean by {@code sqrt(n / (n - 1))}, {@code n} being the forks (the iterations of a
     * single fork), so that their variance is the usual unbiased estimate of the mean's.
     */
    public double[] resampledMeans(double[][] forks, long stream) {
        SplittableRandom random = new SplittableRandom(seed ^ (0x9E37_79B9_7F4A_7C15L * (stream + 1)));
        double[] means = new double[resamples];
        double pooled = pooledMean(forks);
        if (count(forks) < 2) {
            Arrays.fill(means, pooled);
            return means;
        }
        int units = forks.length > 1 ? forks.length : forks[0].length;
        double spread = Math.sqrt(units / (units - 1.0));
        for (int index = 0; index < resamples; index++) {
            means[index] = pooled + (resampledMean(forks, random) - pooled) * spread;
        }
        return means;
    }

    /** How many resamples each interval draws. */
    public int resamples() {
        return resamples;
    }

    /**
     * The central interval of {@code resampled} at this bootstrap's confidence around {@code estimate};
     * infinite values sort to the ends, so a resample that has no finite answer widens the interval to
     * infinity on its side. Reorders {@code resampled}.
     */
    public Interval interval(double estimate, double[] resampled) {
        double tail = (1 - confidence) / 2;
        Arrays.sort(resampled);
        return new Interval(estimate, quantile(resampled, tail), quantile(resampled, 1 - tail));
    }

    /** The median of {@code values}, infinities included; reorders {@code values}. */
    public static double median(double[] values) {
        Arrays.sort(values);
        return quantile(values, 0.5);
    }

    /** The quantile {@code p} of sorted {@code values}, interpolated between neighbours where both are finite. */
    private static double quantile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        double a = sorted[below];
        double b = sorted[above];
        if (a == b || Double.isInfinite(a) || Double.isInfinite(b)) {
            return position - below < 0.5 ? a : b;
        }
        return a + (position - below) * (b - a);
    }

    /** The mean of every sample of every fork. */
    public static double pooledMean(double[][] forks) {
        Mean mean = Mean.create();
        for (double[] fork : forks) {
            for (double sample : fork) {
                mean.accept(sample);
            }
        }
        return mean.getAsDouble();
    }

    /** {@code numerator / denominator}, taking equal values (0/0 included) as 1: no change. */
    static double ratio(double numerator, double denominator) {
        return numerator == denominator ? 1 : numerator / denominator;
    }

    private static double resampledMean(double[][] forks, SplittableRandom random) {
        double sum = 0;
        long drawn = 0;
        for (int f = 0; f < forks.length; f++) {
            double[] fork = forks.length == 1 ? forks[0] : forks[random.nextInt(forks.length)];
            for (int i = 0; i < fork.length; i++) {
                sum += fork[random.nextInt(fork.length)];
            }
            drawn += fork.length;
        }
        return sum / drawn;
    }

    private Interval percentiles(double estimate, double[] resampled) {
        double tail = (1 - confidence) / 2;
        double[] ends = Quantile.withDefaults().withCopy(false).evaluate(resampled, tail, 1 - tail);
        return new Interval(estimate, ends[0], ends[1]);
    }

    private static int count(double[][] forks) {
        int count = 0;
        for (double[] fork : forks) {
            count += fork.length;
        }
        return count;
    }
}
