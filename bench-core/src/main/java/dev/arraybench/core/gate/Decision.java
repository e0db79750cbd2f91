package dev.arraybench.core.gate;

import dev.arraybench.core.result.BenchmarkResult;
import dev.arraybench.core.stats.HierarchicalBootstrap;
import dev.arraybench.core.stats.Interval;
import java.util.Locale;
import org.apache.commons.statistics.inference.MannWhitneyUTest;

/**
 * Decides one benchmark: a hierarchical bootstrap interval on the ratio of means gives the size of the
 * change, a Mann–Whitney U test on the per-fork means of the raw samples gives its significance. Iterations
 * of one fork share a JIT compilation and a memory layout, so they are not independent samples; testing
 * them pooled would make p-values far too small whenever two forks differ. Testing fork means is honest,
 * and it means a significant result needs enough forks: at 99% confidence, at least 5 on each side. A regression (or improvement)
 * needs both: the whole interval beyond the threshold and a p-value below {@code 1 - confidence}. An
 * interval wholly inside plus or minus the threshold is equivalent; anything else is inconclusive.
 */
final class Decision {

    /**
     * Fewer forks than this on either side cannot be decided: with one fork the fork-to-fork variation,
     * usually the largest part of the noise, is invisible, and the interval would be too narrow.
     */
    static final int MIN_FORKS = 2;

    private static final MannWhitneyUTest RANK_TEST = MannWhitneyUTest.withDefaults();

    private final GateSettings settings;
    private final HierarchicalBootstrap bootstrap;

    Decision(GateSettings settings, long seed) {
        this.settings = settings;
        this.bootstrap = new HierarchicalBootstrap(settings.resamples(), settings.confidence(), seed);
    }

    BenchmarkComparison decide(BenchmarkId id, BenchmarkResult baseline, BenchmarkResult current) {
        double[] base = baseline.allSamples();
        double[] cur = current.allSamples();
        double[][] baseForks = baseline.forks();
        double[][] curForks = current.forks();
        Estimate before = new Estimate(mean(base), bootstrap.mean(baseForks), baseForks.length, base.length);
        Estimate after = new Estimate(mean(cur), bootstrap.mean(curForks), curForks.length, cur.length);
        boolean lowerIsBetter = current.lowerIsBetter();
        Interval ratioInterval = bootstrap.ratio(curForks, baseForks);
        double ratio = ratioInterval.estimate();
        String unit = current.unit();
        if (!baseline.unit().equals(unit)) {
            return inconclusive(id, unit, lowerIsBetter, before, after, "units differ: " + baseline.unit()
                    + " in the baseline, " + unit + " now");
        }
        if (before.forks() < MIN_FORKS || after.forks() < MIN_FORKS) {
            return new BenchmarkComparison(id, unit, lowerIsBetter, before, after, ratio, ratioInterval,
                    Double.NaN, Verdict.INCONCLUSIVE, "too few forks to judge fork-to-fork noise: "
                    + before.forks() + " in the baseline, " + after.forks() + " now (expected at least "
                    + MIN_FORKS + " on each side)");
        }
        if (before.mean() == 0 || Double.isInfinite(ratio)) {
            return inconclusive(id, unit, lowerIsBetter, before, after, "a mean of 0 gives no ratio");
        }
        double p = RANK_TEST.test(forkMeans(current), forkMeans(baseline)).getPValue();
        return new BenchmarkComparison(id, unit, lowerIsBetter, before, after, ratio, ratioInterval, p,
                verdict(lowerIsBetter, ratioInterval, p), reason(lowerIsBetter, ratioInterval, p));
    }

    private Verdict verdict(boolean lowerIsBetter, Interval interval, double p) {
        boolean significant = p < settings.alpha();
        if (significant && slower(lowerIsBetter, interval)) {
            return Verdict.REGRESSION;
        }
        if (significant && faster(lowerIsBetter, interval)) {
            return Verdict.IMPROVEMENT;
        }
        double t = settings.threshold();
        return interval.within(1 - t, 1 + t) ? Verdict.EQUIVALENT : Verdict.INCONCLUSIVE;
    }

    private String reason(boolean lowerIsBetter, Interval interval, double p) {
        double t = settings.threshold();
        String range = "change " + percent(interval.low() - 1) + " to " + percent(interval.high() - 1);
        String limit = percent(t).substring(1);
        boolean beyond = slower(lowerIsBetter, interval) || faster(lowerIsBetter, interval);
        if (beyond && p < settings.alpha()) {
            String way = slower(lowerIsBetter, interval) ? "slower" : "faster";
            return way + " beyond the " + limit + " threshold (" + range + ") and significant (p = "
                    + format(p) + ")";
        }
        if (beyond) {
            return "beyond the " + limit + " threshold (" + range + ") but not significant (p = " + format(p)
                    + ", needs < " + format(settings.alpha()) + ")";
        }
        if (interval.within(1 - t, 1 + t)) {
            return "within ±" + limit + " (" + range + ")";
        }
        return range + " straddles ±" + limit + ": too noisy to decide; more forks or iterations would";
    }

    private boolean slower(boolean lowerIsBetter, Interval interval) {
        double t = settings.threshold();
        return lowerIsBetter ? interval.above(1 + t) : interval.below(1 - t);
    }

    private boolean faster(boolean lowerIsBetter, Interval interval) {
        double t = settings.threshold();
        return lowerIsBetter ? interval.below(1 - t) : interval.above(1 + t);
    }

    private static BenchmarkComparison inconclusive(BenchmarkId id, String unit, boolean lowerIsBetter,
            Estimate before, Estimate after, String reason) {
        Interval unknown = Interval.unknown(Double.NaN);
        return new BenchmarkComparison(id, unit, lowerIsBetter, before, after, Double.NaN, unknown, Double.NaN,
                Verdict.INCONCLUSIVE, reason);
    }

    private static double[] forkMeans(BenchmarkResult result) {
        return result.samples().stream()
                .mapToDouble(fork -> fork.stream().mapToDouble(Double::doubleValue).average().orElseThrow())
                .toArray();
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%+.1f%%", fraction * 100);
    }

    private static String format(double p) {
        return String.format(Locale.ROOT, p >= 0.001 ? "%.3f" : "%.1e", p);
    }
}
