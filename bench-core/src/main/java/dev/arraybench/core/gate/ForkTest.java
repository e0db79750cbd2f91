package dev.arraybench.core.gate;

import dev.arraybench.core.stats.Interval;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;
import org.apache.commons.statistics.inference.DataDispersion;
import org.apache.commons.statistics.inference.TTest;

/**
 * The significance test behind every verdict, on the logarithm of fork means, so that a change is a ratio
 * and the test's power grows with every fork and iteration added:
 *
 * <ul>
 *   <li>interleaved runs with the same number of forks (2 or more) a side: a paired t-test on the log ratio
 *       of neighbouring forks, which cancels the machine's drift between pairs;</li>
 *   <li>2 or more forks a side: a t-test on log fork means, with the pooled variance when both sides have
 *       as many forks (then it is robust to unequal variances and keeps all its degrees of freedom, which
 *       matters with 3 forks), Welch's otherwise;</li>
 *   <li>1 fork on a side: that side's noise is its iterations' noise plus a between-fork noise that one fork
 *       cannot show, taken from a calibration or assumed; the degrees of freedom follow Welch and
 *       Satterthwaite.</li>
 * </ul>
 *
 * <p>The p-value is one-sided, in the direction of the observed change: a regression and an improvement
 * are each claimed at most {@code 1 - confidence} of the time when nothing changed. It also says what the data could have found: the smallest change detected 80% of the time, and the
 * forks a side that would decide a change of the threshold's size.
 */
final class ForkTest {

    /** The standard normal quantile for 80% power. */
    private static final double POWER_Z = NormalDistribution.of(0, 1).inverseSurvivalProbability(0.2);
    /** Beyond this many forks a side, "forks needed" is reported as this number. */
    static final int MAX_FORKS = 1000;
    private static final TTest WELCH = TTest.withDefaults().with(DataDispersion.HETEROSCEDASTIC);
    private static final TTest POOLED = TTest.withDefaults().with(DataDispersion.HOMOSCEDASTIC);

    private ForkTest() {
    }

    /**
     * Tests {@code current} against {@code baseline} (raw samples, one array per fork, all positive).
     *
     * @param paired whether the forks were interleaved (A B B A ...) so that fork i of each side are neighbours
     * @param oneFork the between-fork noise to assume for a side with one fork
     * @param assumption how {@code oneFork} was obtained, shown when it was used
     */
    static Evidence test(double[][] baseline, double[][] current, boolean paired, double oneFork,
            String assumption, GateSettings settings) {
        double alpha = settings.alpha();
        double limit = Math.log1p(settings.threshold());
        if (paired && baseline.length == current.length && baseline.length >= 2) {
            double[] base = logForkMeans(baseline);
            double[] cur = logForkMeans(current);
            double[] diffs = new double[base.length];
            for (int i = 0; i < diffs.length; i++) {
                diffs[i] = cur[i] - base[i];
            }
            double variance = variance(diffs);
            int n = diffs.length;
            double p = variance == 0 ? degenerate(mean(diffs)) : WELCH.pairedTest(cur, base).getPValue() / 2;
            int needed = forksNeeded(k -> oneSided(k - 1, alpha) + POWER_Z, variance, 1, limit);
            return evidence("paired t on log ratios of neighbouring forks", mean(diffs), variance / n, n - 1, p,
                    settings, needed, "");
        }
        Side base = Side.of(baseline, oneFork);
        Side cur = Side.of(current, oneFork);
        double d = cur.logMean - base.logMean;
        double perFork = (cur.forkVariance + base.forkVariance) / 2;
        int needed = forksNeeded(k -> oneSided(2 * k - 2, alpha) + POWER_Z, perFork, 2, limit);
        if (baseline.length >= 2 && current.length >= 2) {
            boolean equal = baseline.length == current.length;
            double v = equal ? perFork * 2 / baseline.length : cur.variance + base.variance;
            if (v == 0) {
                return evidence("t on log fork means", d, 0, Double.POSITIVE_INFINITY, degenerate(d), settings,
                        needed, "");
            }
            TTest.Result result = (equal ? POOLED : WELCH).test(cur.logs, base.logs);
            return evidence(equal ? "t on log fork means" : "Welch t on log fork means", d, v,
                    result.getDegreesOfFreedom(), result.getPValue() / 2, settings, needed, "");
        }
        double v = cur.variance + base.variance;
        double df = welchDf(base, cur);
        double p = v == 0 ? degenerate(d) : survival(df, Math.abs(d) / Math.sqrt(v));
        return evidence("t on log means, iterations and between-fork noise", d, v, df, p, settings, needed,
                assumption);
    }

    /** The one-sided p-value of a change {@code d} measured without noise: 0 for a change, 1/2 for none. */
    private static double degenerate(double d) {
        return d == 0 ? 0.5 : 0;
    }

    /** The logarithm of each fork's mean. */
    static double[] logForkMeans(double[][] forks) {
        double[] logs = new double[forks.length];
        for (int f = 0; f < forks.length; f++) {
            logs[f] = Math.log(mean(forks[f]));
        }
        return logs;
    }

    /**
     * The smallest number of forks {@code k} (from 2) at which {@code factor(k) * sqrt(scale * variance / k)}
     * is at most {@code limit}, or {@link #MAX_FORKS}.
     */
    static int forksNeeded(java.util.function.IntToDoubleFunction factor, double variance, double scale,
            double limit) {
        for (int k = 2; k < MAX_FORKS; k++) {
            if (factor.applyAsDouble(k) * Math.sqrt(scale * variance / k) <= limit) {
                return k;
            }
        }
        return MAX_FORKS;
    }

    /**
     * Forks a side needed to detect a change of {@code threshold} 80% of the time, in separate runs whose
     * fork log means vary by {@code variance}.
     */
    static int forksNeeded(double variance, double threshold, double alpha) {
        return forksNeeded(k -> oneSided(2 * k - 2, alpha) + POWER_Z, variance, 2, Math.log1p(threshold));
    }

    private static Evidence evidence(String method, double d, double variance, double df, double p,
            GateSettings settings, int needed, String assumption) {
        double se = Math.sqrt(variance);
        double q = quantile(df, settings.alpha());
        Interval interval = new Interval(Math.exp(d), Math.exp(d - q * se), Math.exp(d + q * se));
        double detectable = Math.expm1((oneSided(df, settings.alpha()) + POWER_Z) * se);
        return new Evidence(method, interval, p, df, detectable, needed, assumption);
    }

    /** The two-sided critical value of t at {@code alpha}; the normal one for infinite degrees of freedom. */
    static double quantile(double df, double alpha) {
        return oneSided(df, alpha / 2);
    }

    /** The one-sided critical value of t at {@code alpha}. */
    static double oneSided(double df, double alpha) {
        if (Double.isInfinite(df) || Double.isNaN(df)) {
            return NormalDistribution.of(0, 1).inverseSurvivalProbability(alpha);
        }
        return TDistribution.of(df).inverseSurvivalProbability(alpha);
    }

    private static double survival(double df, double t) {
        if (Double.isInfinite(df) || Double.isNaN(df)) {
            return NormalDistribution.of(0, 1).survivalProbability(t);
        }
        return TDistribution.of(df).survivalProbability(t);
    }

    /** Welch–Satterthwaite degrees of freedom; a variance assumed known counts as infinitely many. */
    private static double welchDf(Side a, Side b) {
        double v = a.variance + b.variance;
        double denominator = a.dfTerm() + b.dfTerm();
        return denominator == 0 ? Double.POSITIVE_INFINITY : v * v / denominator;
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    static double variance(double[] values) {
        double m = mean(values);
        double sum = 0;
        for (double value : values) {
            sum += (value - m) * (value - m);
        }
        return sum / (values.length - 1);
    }

    /**
     * One side's log mean, the variance of that estimate with its degrees of freedom (the estimated part
     * only), and the variance of one fork's log mean for planning.
     */
    private record Side(double[] logs, double logMean, double variance, double estimated, double df,
            double forkVariance) {

        static Side of(double[][] forks, double oneFork) {
            double[] logs = logForkMeans(forks);
            if (forks.length >= 2) {
                double s2 = ForkTest.variance(logs);
                return new Side(logs, mean(logs), s2 / forks.length, s2 / forks.length, forks.length - 1, s2);
            }
            double[] iterations = forks[0];
            int n = iterations.length;
            double[] logIterations = new double[n];
            for (int i = 0; i < n; i++) {
                logIterations[i] = Math.log(iterations[i]);
            }
            double within = n >= 2 ? ForkTest.variance(logIterations) / n : oneFork * oneFork;
            double variance = oneFork * oneFork + within;
            return new Side(logs, logs[0], variance, n >= 2 ? within : 0, Math.max(1, n - 1), variance);
        }

        /** This side's term in the Welch–Satterthwaite denominator. */
        double dfTerm() {
            return estimated * estimated / df;
        }
    }
}
