package dev.arraybench.core.gate;

import dev.arraybench.core.result.BenchmarkResult;
import dev.arraybench.core.stats.HierarchicalBootstrap;
import dev.arraybench.core.stats.Interval;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides one benchmark. {@link ForkTest} tests the change on log fork means (paired when the runs were
 * interleaved; with one fork a side, on iterations plus a calibrated or assumed between-fork noise); the
 * hierarchical bootstrap gives each side's interval and a second interval of the ratio of means.
 *
 * <ul>
 *   <li>regression (improvement): the change is significant ({@code p < 1 - confidence}) and its estimate
 *       lies beyond the threshold on the slower (faster) side. So a change whose whole interval lies
 *       beyond the threshold is always one, whatever the forks.</li>
 *   <li>equivalent: the test's interval and the bootstrap's both lie within plus or minus the threshold.</li>
 *   <li>undecided: anything else; the reason gives the smallest change the data could have detected and
 *       the forks a side that would decide.</li>
 * </ul>
 */
final class Decision {

    private final GateSettings settings;
    private final HierarchicalBootstrap bootstrap;

    Decision(GateSettings settings, long seed) {
        this.settings = settings;
        this.bootstrap = new HierarchicalBootstrap(settings.resamples(), settings.confidence(), seed);
    }

    BenchmarkComparison decide(BenchmarkId id, BenchmarkResult baseline, BenchmarkResult current) {
        double[][] baseForks = baseline.forks();
        double[][] curForks = current.forks();
        Estimate before = estimate(baseForks);
        Estimate after = estimate(curForks);
        boolean lowerIsBetter = current.lowerIsBetter();
        Interval ratioInterval = bootstrap.ratio(curForks, baseForks);
        double ratio = ratioInterval.estimate();
        String unit = current.unit();
        if (!baseline.unit().equals(unit)) {
            return undecided(id, unit, lowerIsBetter, before, after, "units differ: " + baseline.unit()
                    + " in the baseline, " + unit + " now");
        }
        if (!(positive(baseForks) && positive(curForks))) {
            return undecided(id, unit, lowerIsBetter, before, after,
                    "a score of 0 or below gives no ratio (expected positive scores)");
        }
        Optional<Noise> calibrated = settings.calibration().noise(id);
        double oneFork = calibrated.map(Noise::betweenForks).orElse(GateSettings.ASSUMED_BETWEEN_FORK_NOISE);
        String assumption = calibrated.isPresent()
                ? "between-fork noise " + percent(oneFork) + " from the calibration"
                : "assumed between-fork noise " + percent(oneFork) + " (no calibration)";
        Evidence evidence = ForkTest.test(baseForks, curForks, settings.paired(), oneFork, assumption, settings);
        Verdict verdict = verdict(lowerIsBetter, evidence, ratioInterval);
        return new BenchmarkComparison(id, unit, lowerIsBetter, before, after, ratio, ratioInterval, evidence,
                verdict, reason(verdict, lowerIsBetter, evidence));
    }

    private Estimate estimate(double[][] forks) {
        int samples = 0;
        for (double[] fork : forks) {
            samples += fork.length;
        }
        return new Estimate(HierarchicalBootstrap.pooledMean(forks), bootstrap.mean(forks), forks.length, samples);
    }

    private Verdict verdict(boolean lowerIsBetter, Evidence evidence, Interval bootstrapInterval) {
        boolean significant = evidence.pValue() < settings.alpha();
        double change = evidence.ratioInterval().estimate();
        if (significant && beyond(lowerIsBetter, change, true)) {
            return Verdict.REGRESSION;
        }
        if (significant && beyond(lowerIsBetter, change, false)) {
            return Verdict.IMPROVEMENT;
        }
        double t = settings.threshold();
        boolean bootstrapWithin = !bootstrapInterval.known() || bootstrapInterval.within(1 - t, 1 + t);
        return evidence.ratioInterval().within(1 - t, 1 + t) && bootstrapWithin ? Verdict.EQUIVALENT
                : Verdict.UNDECIDED;
    }

    /** Whether a ratio lies beyond the threshold on the slower ({@code slower}) or faster side. */
    private boolean beyond(boolean lowerIsBetter, double ratio, boolean slower) {
        double t = settings.threshold();
        boolean up = ratio > 1 + t;
        boolean down = ratio < 1 - t;
        return lowerIsBetter == slower ? up : down;
    }

    private String reason(Verdict verdict, boolean lowerIsBetter, Evidence evidence) {
        Interval interval = evidence.ratioInterval();
        String limit = percent(settings.threshold());
        String range = "change " + signed(interval.estimate() - 1) + " (" + signed(interval.low() - 1) + " to "
                + signed(interval.high() - 1) + ")";
        String test = evidence.method() + ", p = " + format(evidence.pValue())
                + (evidence.assumption().isEmpty() ? "" : "; " + evidence.assumption());
        return switch (verdict) {
            case REGRESSION, IMPROVEMENT -> (verdict == Verdict.REGRESSION ? "slower" : "faster") + " beyond the "
                    + limit + " threshold: " + range + ", significant (" + test + ")";
            case EQUIVALENT -> "within ±" + limit + ": " + range + " (" + test + ")";
            case UNDECIDED -> range + ", " + undecidedWhy(lowerIsBetter, evidence) + " (" + test
                    + "); could detect a change of " + percent(evidence.detectable()) + "; "
                    + forks(evidence.forksNeeded()) + " a side would decide at ±" + limit;
        };
    }

    private String undecidedWhy(boolean lowerIsBetter, Evidence evidence) {
        double change = evidence.ratioInterval().estimate();
        if (evidence.pValue() < settings.alpha()) {
            return "significant but not beyond ±" + percent(settings.threshold());
        }
        if (beyond(lowerIsBetter, change, true) || beyond(lowerIsBetter, change, false)) {
            return "beyond ±" + percent(settings.threshold()) + " but not significant";
        }
        return "too noisy to show it within ±" + percent(settings.threshold());
    }

    private static String forks(int needed) {
        return needed >= ForkTest.MAX_FORKS ? "more than " + ForkTest.MAX_FORKS + " forks" : needed + " forks";
    }

    private static BenchmarkComparison undecided(BenchmarkId id, String unit, boolean lowerIsBetter,
            Estimate before, Estimate after, String reason) {
        Interval unknown = Interval.unknown(Double.NaN);
        return new BenchmarkComparison(id, unit, lowerIsBetter, before, after, Double.NaN, unknown,
                Evidence.none(), Verdict.UNDECIDED, reason);
    }

    private static boolean positive(double[][] forks) {
        for (double[] fork : forks) {
            if (fork.length == 0) {
                return false;
            }
            for (double value : fork) {
                if (!(value > 0) || Double.isInfinite(value)) {
                    return false;
                }
            }
        }
        return forks.length > 0;
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }

    private static String signed(double fraction) {
        return String.format(Locale.ROOT, "%+.1f%%", fraction * 100);
    }

    private static String format(double p) {
        return String.format(Locale.ROOT, p >= 0.001 ? "%.3f" : "%.1e", p);
    }
}
