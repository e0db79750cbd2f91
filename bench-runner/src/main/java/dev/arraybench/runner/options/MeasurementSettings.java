package dev.arraybench.runner.options;

import dev.arraybench.core.result.Settings;
import java.util.List;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * How long and how often each benchmark is measured. The defaults measure one op at one size over all five
 * strategies in about a minute on 2 cores with a usable error bar; {@link #QUICK} is a smoke setting for CI
 * that takes a few seconds per benchmark and gives rough numbers with a wide error.
 *
 * @param forks JVM forks per benchmark
 * @param warmupIterations warm-up iterations per fork
 * @param measurementIterations measured iterations per fork
 * @param iterationTime duration of every iteration, warm-up and measured
 * @param profilers JMH profilers to attach ({@code gc} only, for now)
 */
public record MeasurementSettings(int forks, int warmupIterations, int measurementIterations, TimeValue iterationTime,
        List<String> profilers) {

    /** The default: 2 forks x (3 warm-up + 5 measured) iterations of 500 ms, about 11 s per benchmark. */
    public static final MeasurementSettings DEFAULT =
            new MeasurementSettings(2, 3, 5, TimeValue.milliseconds(500), List.of());
    /**
     * A smoke setting: 1 fork x (2 warm-up + 3 measured) iterations of 200 ms, just enough warm-up for C2 to
     * compile the Vector API kernels (without it they run boxed, hundreds of times slower).
     */
    public static final MeasurementSettings QUICK =
            new MeasurementSettings(1, 2, 3, TimeValue.milliseconds(200), List.of());

    /** Roughly how long one benchmark takes, fork start-up and the pre-timing check included. */
    public double estimatedSeconds() {
        double perIteration = iterationTime.convertTo(java.util.concurrent.TimeUnit.MILLISECONDS) / 1000.0;
        return forks * (1.5 + (warmupIterations + measurementIterations) * perIteration);
    }

    /** The settings as recorded in the results file. */
    public Settings record() {
        return new Settings(forks, warmupIterations, iterationTime.toString(), measurementIterations,
                iterationTime.toString(), profilers);
    }
}
