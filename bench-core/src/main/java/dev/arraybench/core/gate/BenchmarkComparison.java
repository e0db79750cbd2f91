package dev.arraybench.core.gate;

import dev.arraybench.core.stats.Interval;

/**
 * The gate's decision on one benchmark measured in both files.
 *
 * <p>The ratio is always {@code current mean / baseline mean}, whatever the mode; {@code lowerIsBetter}
 * says how to read it. For time per operation a ratio above {@code 1 + threshold} is slower; for
 * operations per time a ratio below {@code 1 - threshold} is slower.
 *
 * @param id the benchmark
 * @param unit the unit of both means
 * @param lowerIsBetter whether a smaller score is better (time per operation)
 * @param baseline the baseline's mean with its interval
 * @param current the current mean with its interval
 * @param ratio current mean / baseline mean, {@code NaN} when the two cannot be compared
 * @param ratioInterval the hierarchical bootstrap's interval of the ratio
 * @param evidence the significance test: its interval, p-value, and what the data could have detected
 * @param verdict what the gate concludes
 * @param reason one sentence explaining the verdict
 */
public record BenchmarkComparison(
        BenchmarkId id,
        String unit,
        boolean lowerIsBetter,
        Estimate baseline,
        Estimate current,
        double ratio,
        Interval ratioInterval,
        Evidence evidence,
        Verdict verdict,
        String reason) {

    /** The test's one-sided p-value (in the direction of the change) against no change, {@code NaN} when not tested. */
    public double pValue() {
        return evidence.pValue();
    }

    /** The relative change of the mean, {@code ratio - 1}: positive when the score grew. */
    public double change() {
        return ratio - 1;
    }
}
