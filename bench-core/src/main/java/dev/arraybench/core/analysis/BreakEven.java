package dev.arraybench.core.analysis;

import dev.arraybench.core.stats.Interval;

/**
 * From which size a variant is faster than the baseline, as an estimate with its own interval: the size at
 * which the speedup crosses 1, found in every bootstrap resample of the whole size series (see
 * {@link BreakEvens}). The estimate is the median crossing, the interval the central 95% of the crossings.
 * A resample in which the variant is already faster at the smallest size crosses at the smallest size; one
 * in which it is never faster crosses at {@code +Infinity}, so an interval reaching {@code +Infinity} says
 * it may not pay within the measured range at all.
 *
 * @param kase the case
 * @param variant the variant
 * @param kind which answer it is
 * @param crossing the median crossing in elements with its interval; the smallest measured size stands for
 *     "at or below the smallest size", {@code +Infinity} for "not within the measured range"
 * @param smallest the smallest measured size
 * @param largest the largest measured size
 * @param below the largest measured size at or below the estimate ({@code BETWEEN}), else {@code smallest}
 * @param above the smallest measured size above the estimate ({@code BETWEEN}), else {@code largest}
 * @param cost the cost models that explain it, {@code null} when they cannot be fitted
 * @param regretFrom the threshold of least expected regret over the resamples (see {@link ExpectedRegret}):
 *     a size within the measured range, or {@code +Infinity} when staying sequential costs least
 * @param rounds how much the speedup moved between the rounds (forks) of the run, and where its sign flipped
 */
public record BreakEven(Case kase, Variant variant, Kind kind, Interval crossing, long smallest, long largest,
        long below, long above, CostComparison cost, double regretFrom, RoundSpread rounds) {

    /** The possible answers. */
    public enum Kind {
        /** Faster from a size between two measured ones. */
        BETWEEN,
        /** Already faster at the smallest measured size. */
        FROM_SMALLEST,
        /** Not faster at any measured size. */
        NOT_IN_RANGE,
        /** The resamples disagree from the smallest size to beyond the largest: the data do not locate it. */
        UNDECIDED
    }

    /** The estimate in elements: {@code +Infinity} when it is not within the measured range. */
    public double size() {
        return crossing.estimate();
    }

    /** Whether it breaks even at some measured or interpolated size. */
    public boolean breaksEven() {
        return kind == Kind.BETWEEN || kind == Kind.FROM_SMALLEST;
    }

    /**
     * The conservative size to parallelise from: the upper end of the interval, rounded up; {@code -1}
     * when the interval reaches beyond the measured range (it may never pay).
     */
    public long parallelFrom() {
        return breaksEven() && Double.isFinite(crossing.high()) ? (long) Math.ceil(crossing.high()) : -1;
    }

    /**
     * The size to parallelise from at least expected regret, rounded up; {@code -1} when staying sequential
     * at every measured size costs least.
     */
    public long regretParallelFrom() {
        return Double.isFinite(regretFrom) ? (long) Math.ceil(regretFrom) : -1;
    }

    /** Whether the interval's upper end is within {@code factor} of its lower end (both finite). */
    public boolean bracketedWithin(double factor) {
        return Double.isFinite(crossing.high()) && crossing.high() <= factor * crossing.low();
    }
}
