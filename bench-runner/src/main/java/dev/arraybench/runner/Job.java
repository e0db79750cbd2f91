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

    /**
     * Every fork's flags start with these: the Vector API module; the access the kernels and the spin pool's
     * CPU binding need; and range kernels compiled as methods of their own, never inlined into a caller.
     * Inlined into a pool's worker loop, C2 compiled the very same kernel into code 10x slower in some forks
     * (scalar sum of 1M int32 on forkjoin: 1.8 ms against 0.12 ms). Compiled apart, a kernel is the same
     * machine code under every strategy and pool, as an OpenMP region is one outlined function, so
     * strategies differ by dispatch alone; a call per range costs nothing measurable.
     */
    static final List<String> BASE_FLAGS = List.of("--add-modules", "jdk.incubator.vector",
            "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
            "-XX:CompileCommand=quiet",
            "-XX:CompileCommand=dontinline,dev.arraybench.scenarios.kernel.*::scalar",
            "-XX:CompileCommand=dontinline,dev.arraybench.scenarios.kernel.*::simd");
}
