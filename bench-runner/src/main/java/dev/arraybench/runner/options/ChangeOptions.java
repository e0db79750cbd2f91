package dev.arraybench.runner.options;

import picocli.CommandLine.Option;

/**
 * {@code --threshold} and {@code --confidence} of the history's change points, read by the gate's
 * {@link Percentages} converters: the same forms and ranges as {@code compare}'s.
 */
public final class ChangeOptions {

    @Option(names = "--threshold", paramLabel = "PERCENT", defaultValue = "5%",
            converter = Percentages.Threshold.class,
            description = "Smallest change that matters: 5%% or 0.05 (default: ${DEFAULT-VALUE}).")
    private double threshold;

    @Option(names = "--confidence", paramLabel = "PERCENT", defaultValue = "99%",
            converter = Percentages.Confidence.class,
            description = "Confidence a change must reach, 50%% to 99.9%% (default: ${DEFAULT-VALUE}).")
    private double confidence;

    /** The threshold as a fraction. */
    public double threshold() {
        return threshold;
    }

    /** The confidence as a fraction. */
    public double confidence() {
        return confidence;
    }
}
