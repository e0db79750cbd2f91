package dev.arraybench.core.analysis;

import dev.arraybench.core.result.Ceiling;

/**
 * Effective bandwidth of one point: the bytes its work needs per element (recorded in the results file by
 * the subject's traffic model, or given with {@code --bytes-per-element}) over the mean time, against the
 * measured ceiling. A variant on one thread is read against the one-thread ceiling, one on more threads
 * against the all-threads ceiling. Copies that {@code copy-parallel} adds are not counted, so its figure
 * shows what the copies cost.
 *
 * @param point the kernel point
 * @param gbPerSecond useful GB/s (10^9 bytes per second), {@code NaN} when the bytes per element are unknown
 * @param ceilingGbPerSecond the ceiling it is read against, {@code NaN} when none was measured
 */
public record Bandwidth(KernelPoint point, double gbPerSecond, double ceilingGbPerSecond) {

    /**
     * The bandwidth of {@code point}, read against {@code ceiling} (may be {@code null}); {@code bytesPerElement}
     * replaces what the file records when it is not {@code null}.
     */
    public static Bandwidth of(KernelPoint point, Ceiling ceiling, Double bytesPerElement) {
        Double bytes = point.bytesPerElement(bytesPerElement);
        double gbPerSecond = bytes == null ? Double.NaN : bytes * point.size() / point.nanosPerOp().estimate();
        return new Bandwidth(point, gbPerSecond, ceiling(ceiling, point.variant().threads()));
    }

    /** The effective bandwidth as a fraction of the ceiling, {@code NaN} when either is unknown. */
    public double fractionOfCeiling() {
        return gbPerSecond / ceilingGbPerSecond;
    }

    /** The ceiling that applies to {@code threads} threads, {@code NaN} when {@code ceiling} is null. */
    public static double ceiling(Ceiling ceiling, int threads) {
        if (ceiling == null) {
            return Double.NaN;
        }
        double value = threads <= 1 ? ceiling.oneThreadGbPerSecond() : ceiling.allThreadsGbPerSecond();
        return value > 0 ? value : Double.NaN;
    }
}
