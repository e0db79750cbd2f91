package dev.arraybench.core.analysis;

/**
 * Why a variant breaks even where it does: its cost model against the baseline's, fitted on the same
 * sizes. A parallel variant usually pays an extra fixed cost per call and saves a little per element; it
 * pays from the size where the savings cover the fixed cost.
 *
 * @param baseline the baseline's model
 * @param variant the variant's model
 * @param regime the cache regime the sizes were taken from, such as {@code "fits in L2"}; empty for all sizes
 */
public record CostComparison(CostModel baseline, CostModel variant, String regime) {

    /** What the variant costs more per call, in nanoseconds (negative when it costs less). */
    public double extraFixedNanos() {
        return variant.fixedNanos() - baseline.fixedNanos();
    }

    /** What the variant saves per element, in nanoseconds (negative when it costs more). */
    public double savedNanosPerElement() {
        return baseline.nanosPerElement() - variant.nanosPerElement();
    }

    /**
     * The size from which the models say the variant is faster: the extra fixed cost over the saving per
     * element; 0 when it is faster at any size; {@code +Infinity} when it costs more per element (then at most
     * {@link #paysBelow} some size) or saves nothing anywhere.
     */
    public double paysFrom() {
        double saved = savedNanosPerElement();
        double extra = extraFixedNanos();
        if (saved < 0 || saved == 0 && extra >= 0) {
            return Double.POSITIVE_INFINITY;
        }
        return saved == 0 ? 0 : Math.max(0, extra / saved);
    }

    /**
     * The size below which the models say the variant is faster when it is cheaper per call but dearer per
     * element (the saving per call over the extra cost per element); {@code NaN} for any other variant.
     */
    public double paysBelow() {
        double saved = savedNanosPerElement();
        double extra = extraFixedNanos();
        return saved < 0 && extra < 0 ? extra / saved : Double.NaN;
    }
}
