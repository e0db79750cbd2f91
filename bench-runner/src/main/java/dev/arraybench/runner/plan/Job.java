package dev.arraybench.runner.plan;

import java.util.List;
import java.util.Map;

/**
 * One JMH run: a benchmark method narrowed to single parameter values, the flags its forks get, and a short
 * description for progress lines.
 *
 * @param benchmark the fully qualified benchmark method, such as {@code ...KernelBenchmark.run}
 * @param params one value per {@code @Param}, by name
 * @param flags the JVM flags of every fork
 * @param description what a progress line shows
 */
public record Job(String benchmark, Map<String, String> params, List<String> flags, String description) {
}
