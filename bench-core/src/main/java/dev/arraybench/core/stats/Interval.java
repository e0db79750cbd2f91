package dev.arraybench.core.stats;

/**
 * An estimate with a confidence interval, used by the analysis (speedups, break-even) and by the gate
 * alike. The ends are {@code NaN} when there were too few samples to say anything about the spread.
 *
 * @param estimate the point estimate
 * @param low the lower end
 * @param high the upper end, at least {@code low}
 */
public record Interval(double estimate, double low, double high) {

    /** Checks the ends are in order ({@code NaN} ends stand for "not known"). */
    public Interval {
        if (low > high) {
            throw new IllegalArgumentException("interval: [" + low + ", " + high + "] (expected low <= high)");
        }
    }

    /** An estimate without an interval. */
    public static Interval unknown(double estimate) {
        return new Interval(estimate, Double.NaN, Double.NaN);
    }

    /** Whether the interval is known. */
    public boolean known() {
        return !Double.isNaN(low) && !Double.isNaN(high);
    }

    /** Whether the whole interval lies strictly above {@code value}; false when the interval is unknown. */
    public boolean above(double value) {
        return low > value;
    }

    /** Whether the whole interval lies strictly below {@code value}; false when the interval is unknown. */
    public boolean below(double value) {
        return high < value;
    }

    /** Whether the whole interval lies within {@code [from, to]}; false when the interval is unknown. */
    public boolean within(double from, double to) {
        return low >= from && high <= to;
    }

    /** Every figure divided by {@code divisor}, such as a time per call turned into a time per element. */
    public Interval dividedBy(double divisor) {
        return new Interval(estimate / divisor, low / divisor, high / divisor);
    }
}
