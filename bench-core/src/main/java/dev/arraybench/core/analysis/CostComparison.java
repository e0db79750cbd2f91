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
     * element; 0 when it is faster at any size; {@code +Infinity} when it never saves per element.
     */
    public double paysFrom() {
        double saved = savedNanosPerElement();
        double extra = extraFixedNanos();
        if (saved <= 0) {
            return extra < 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return Math.max(0, extra / saved);
    }
}
