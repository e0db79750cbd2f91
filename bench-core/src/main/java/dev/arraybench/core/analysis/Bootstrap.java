package dev.arraybench.core.analysis;

import java.util.SplittableRandom;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.Quantile;

/**
 * Confidence intervals from JMH's raw samples by a seeded two-level (hierarchical) bootstrap: each
 * resample draws forks with replacement, then iterations with replacement within each drawn fork, and takes
 * the mean of everything drawn. Resampling forks first keeps the fork-to-fork spread (JIT decisions, memory
 * placement), usually the largest source of variation in JMH results; with one fork only iterations are
 * resampled. The interval is the 2.5% and 97.5% percentiles of {@value #RESAMPLES} resamples. A ratio
 * resamples its numerator and denominator independently (they are separate runs).
 *
 * <p>The seed is fixed, so the same samples always give the same interval and reports are reproducible.
 * With fewer than two samples on a side the interval is unknown. Percentile intervals are somewhat narrow
 * for very few samples (say one fork of three iterations): use at least two forks of five iterations when
 * the answer matters.
 */
public final class Bootstrap {

    /** Resamples per interval. */
    public static final int RESAMPLES = 2000;
    /** The seed every interval starts from. */
    public static final long SEED = 0x5EED_A11A_BE4CL;

    private static final double LOW = 0.025;
    private static final double HIGH = 0.975;

    private Bootstrap() {
    }

    /** The mean of every sample with its interval; {@code forks} holds one array of samples per fork. */
    public static Interval mean(double[][] forks) {
        double estimate = pooledMean(forks);
        if (count(forks) < 2) {
            return Interval.unknown(estimate);
        }
        SplittableRandom random = new SplittableRandom(SEED);
        double[] means = new double[RESAMPLES];
        for (int index = 0; index < RESAMPLES; index++) {
            means[index] = resampledMean(forks, random);
        }
        return interval(estimate, means);
    }

    /**
     * The ratio of the means {@code mean(numerator) / mean(denominator)} with its interval, such as a
     * speedup: the baseline's time over the variant's time.
     */
    public static Interval ratio(double[][] numerator, double[][] denominator) {
        double estimate = pooledMean(numerator) / pooledMean(denominator);
        if (count(numerator) < 2 || count(denominator) < 2) {
            return Interval.unknown(estimate);
        }
        SplittableRandom random = new SplittableRandom(SEED);
        double[] ratios = new double[RESAMPLES];
        for (int index = 0; index < RESAMPLES; index++) {
            ratios[index] = resampledMean(numerator, random) / resampledMean(denominator, random);
        }
        return interval(estimate, ratios);
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

    private static Interval interval(double estimate, double[] resamples) {
        double[] ends = Quantile.withDefaults().withCopy(false).evaluate(resamples, LOW, HIGH);
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
