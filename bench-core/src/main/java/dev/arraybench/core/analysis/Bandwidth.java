package dev.arraybench.core.analysis;

import dev.arraybench.core.data.DType;
import dev.arraybench.core.kernel.Ops;
import dev.arraybench.core.result.Ceiling;
import dev.arraybench.core.traffic.TrafficModel;

/**
 * Effective bandwidth of one point: the op's useful bytes (its kernel's own reads and writes, see
 * {@link TrafficModel#useful}) over the mean time, against the measured ceiling. A variant on one thread is
 * read against the one-thread ceiling, one on more threads against the all-threads ceiling. Copies that
 * {@code copy-parallel} adds are not useful bytes, so its figure shows what the copies cost.
 *
 * @param point the kernel point
 * @param gbPerSecond useful GB/s (10^9 bytes per second), {@code NaN} for an op or dtype this version does
 *     not know
 * @param ceilingGbPerSecond the ceiling it is read against, {@code NaN} when none was measured
 */
public record Bandwidth(KernelPoint point, double gbPerSecond, double ceilingGbPerSecond) {

    /** The bandwidth of {@code point}, read against {@code ceiling} (may be {@code null}). */
    public static Bandwidth of(KernelPoint point, Ceiling ceiling) {
        return new Bandwidth(point, gbPerSecond(point), ceiling(ceiling, point.variant().threads()));
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

    private static double gbPerSecond(KernelPoint point) {
        try {
            double bytesPerElement = TrafficModel.useful(Ops.byName(point.kase().op()),
                    DType.parse(point.kase().dtype()));
            return bytesPerElement * point.size() / point.nanosPerOp().estimate();
        } catch (IllegalArgumentException unknown) {
            return Double.NaN;
        }
    }
}
