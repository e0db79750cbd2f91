package dev.arraybench.core.result;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One measured benchmark: its identity (JMH method and every parameter), its score with JMH's error and
 * confidence interval, every raw sample, and derived figures.
 *
 * @param benchmark JMH's benchmark name, the fully qualified method
 * @param params every {@code @Param} value by name, never collapsed
 * @param mode JMH's mode, such as {@code avgt} or {@code thrpt}
 * @param unit the score's unit, such as {@code us/op}
 * @param score the mean over every measured iteration
 * @param error JMH's half-width of the 99.9% confidence interval ({@code NaN} with too few samples)
 * @param confidenceLow lower end of JMH's interval
 * @param confidenceHigh upper end of JMH's interval
 * @param samples every measured iteration's score, one list per fork
 * @param derived figures derived from the score
 */
public record BenchmarkResult(
        String benchmark,
        Map<String, String> params,
        String mode,
        String unit,
        double score,
        double error,
        double confidenceLow,
        double confidenceHigh,
        List<List<Double>> samples,
        Derived derived) {

    /** Keeps the parameters in the order given (JMH's declaration order) and the samples unchangeable. */
    public BenchmarkResult {
        params = params == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(params));
        samples = samples == null ? null : samples.stream().map(fork -> fork == null ? null
                : Collections.unmodifiableList(new ArrayList<>(fork))).toList();
    }

    /** A parameter's value, or {@code null} when the benchmark has no such parameter. */
    public String param(String name) {
        return params.get(name);
    }

    /** Every sample of every fork, in order. */
    public double[] allSamples() {
        return samples.stream().flatMap(List::stream).mapToDouble(Double::doubleValue).toArray();
    }

    /** Every sample as it was recorded, one array per fork. */
    public double[][] forks() {
        return samples.stream().map(fork -> fork.stream().mapToDouble(Double::doubleValue).toArray())
                .toArray(double[][]::new);
    }

    /** Whether a smaller score is better: true for time per operation, false for operations per time. */
    public boolean lowerIsBetter() {
        return lowerIsBetter(mode, unit);
    }

    /** Whether a smaller score is better for a benchmark of {@code mode} measured in {@code unit}. */
    public static boolean lowerIsBetter(String mode, String unit) {
        return !mode.equals("thrpt") && unit.contains("/op");
    }
}
