package dev.arraybench.core.result;

/**
 * Figures derived from a benchmark's score and parameters.
 *
 * @param nanosPerElement time per element in nanoseconds, {@code NaN} when the size is not known
 * @param gbPerSecond useful bytes (the op's own traffic, see {@code TrafficModel}) per second, in GB/s
 * @param bytesAllocatedPerOp bytes allocated per call ({@code gc.alloc.rate.norm}), {@code null} unless
 *     the {@code gc} profiler ran
 */
public record Derived(double nanosPerElement, double gbPerSecond, Double bytesAllocatedPerOp) {
}
