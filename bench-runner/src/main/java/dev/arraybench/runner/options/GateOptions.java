package dev.arraybench.runner.options;

import picocli.CommandLine.Option;

/**
 * The size of change that matters and the confidence to decide it at, declared once for every command that
 * decides or plans a gate ({@code compare}, {@code ab}, {@code calibrate}).
 */
public final class GateOptions {

    @Option(names = "--threshold", paramLabel = "PERCENT", defaultValue = "5%",
            converter = Percentages.Threshold.class,
            description = "Smallest change that matters: 5%% or 0.05 (default: ${DEFAULT-VALUE}).")
    private double threshold;

    @Option(names = "--confidence", paramLabel = "PERCENT", defaultValue = "99%",
            converter = Percentages.Confidence.class,
            description = "Confidence of the verdict, 50%% to 99.9%% (default: ${DEFAULT-VALUE}).")
    private double confidence;

    /** The smallest change that matters, as a fraction. */
    public double threshold() {
        return threshold;
    }

    /** The confidence, as a fraction. */
    public double confidence() {
        return confidence;
    }
}
