package dev.arraybench.core.result;

import java.util.List;

/**
 * How a run measured: JMH's forks, warm-up and measurement iterations with their durations, and the
 * profilers attached.
 *
 * @param forks JVM forks per benchmark
 * @param warmupIterations warm-up iterations per fork
 * @param warmupTime duration of one warm-up iteration, as JMH writes it ({@code "1 s"}, {@code "200 ms"})
 * @param measurementIterations measured iterations per fork
 * @param measurementTime duration of one measured iteration
 * @param profilers JMH profilers attached, such as {@code gc}
 */
public record Settings(
        int forks,
        int warmupIterations,
        String warmupTime,
        int measurementIterations,
        String measurementTime,
        List<String> profilers) {
}
