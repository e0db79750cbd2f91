package dev.arraybench.core.gate;

import dev.arraybench.core.stats.Interval;

/**
 * What the significance test on one benchmark found, and what the data could have found: the test used,
 * its interval of the ratio, its p-value, the smallest change it could detect and the forks a side that
 * would decide a change of the threshold's size.
 *
 * @param method the test, such as "Welch t on log fork means"
 * @param ratioInterval the test's confidence interval of the ratio of (geometric) means, current / baseline
 * @param pValue the one-sided p-value against no change, in the direction of the observed change;
 *     {@code NaN} when not tested
 * @param degreesOfFreedom the test's degrees of freedom, {@code NaN} when not tested
 * @param detectable the smallest relative change the data would have found significant 80% of the time,
 *     such as 0.07 for 7%; {@code NaN} when not tested
 * @param forksNeeded forks per side that would find a change of the threshold's size 80% of the time, or
 *     show no change to be within it; 0 when not known
 * @param assumption what was assumed rather than measured, such as the between-fork noise of a file with
 *     one fork; empty when nothing was
 */
public record Evidence(String method, Interval ratioInterval, double pValue, double degreesOfFreedom,
        double detectable, int forksNeeded, String assumption) {

    /** No test: the benchmark could not be compared. */
    public static Evidence none() {
        return new Evidence("none", Interval.unknown(Double.NaN), Double.NaN, Double.NaN, Double.NaN, 0, "");
    }
}
