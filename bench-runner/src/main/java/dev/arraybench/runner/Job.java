package dev.arraybench.runner;

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
record Job(String benchmark, Map<String, String> params, List<String> flags, String description) {

    /** Every fork's flags start with these: the Vector API module and the access the kernels need. */
    static final List<String> BASE_FLAGS = List.of("--add-modules", "jdk.incubator.vector",
            "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow");
}
