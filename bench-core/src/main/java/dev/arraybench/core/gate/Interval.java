package dev.arraybench.core.gate;

/**
 * A closed interval {@code [low, high]}, such as a bootstrap confidence interval.
 *
 * @param low the lower end
 * @param high the upper end, at least {@code low}
 */
public record Interval(double low, double high) {

    /** Checks the ends are in order (two {@code NaN} ends stand for "not known"). */
    public Interval {
        if (low > high) {
            throw new IllegalArgumentException("interval: [" + low + ", " + high + "] (expected low <= high)");
        }
    }

    /** Whether the whole interval lies strictly above {@code value}. */
    public boolean above(double value) {
        return low > value;
    }

    /** Whether the whole interval lies strictly below {@code value}. */
    public boolean below(double value) {
        return high < value;
    }

    /** Whether the whole interval lies within {@code [from, to]}. */
    public boolean within(double from, double to) {
        return low >= from && high <= to;
    }
}
