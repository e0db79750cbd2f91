package dev.arraybench.core.analysis;

/**
 * An estimate with a 95% confidence interval. The ends are {@code NaN} when there were too few samples to
 * say anything about the spread.
 *
 * @param estimate the point estimate
 * @param low the lower end
 * @param high the upper end
 */
public record Interval(double estimate, double low, double high) {

    /** An estimate without an interval. */
    public static Interval unknown(double estimate) {
        return new Interval(estimate, Double.NaN, Double.NaN);
    }

    /** Whether the interval is known. */
    public boolean known() {
        return !Double.isNaN(low) && !Double.isNaN(high);
    }

    /** Whether the whole interval lies above {@code value}; false when the interval is unknown. */
    public boolean above(double value) {
        return low > value;
    }

    /** Whether the whole interval lies below {@code value}; false when the interval is unknown. */
    public boolean below(double value) {
        return high < value;
    }
}
