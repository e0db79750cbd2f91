package dev.arraybench.core.result;

/**
 * Figures derived from a benchmark's score and parameters.
 *
 * @param nanosPerElement time per element in nanoseconds, {@code NaN} when the size is not known
 * @param gbPerSecond useful bytes per second, in GB/s, {@code NaN} when the bytes per element are not known
 * @param bytesAllocatedPerOp bytes allocated per call ({@code gc.alloc.rate.norm}), {@code null} unless
 *     the {@code gc} profiler ran
 * @param bytesPerElement the bytes the benchmark's work moves per element, as the subject's traffic model
 *     counts them (its useful bytes: for a kernel, what it reads and writes; for a phase, that phase's
 *     transfers), {@code null} when not known
 */
public record Derived(double nanosPerElement, double gbPerSecond, Double bytesAllocatedPerOp,
        Double bytesPerElement) {
}
