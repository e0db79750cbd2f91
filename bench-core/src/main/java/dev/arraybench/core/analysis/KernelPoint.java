package dev.arraybench.core.analysis;

import dev.arraybench.core.stats.Interval;
import dev.arraybench.core.result.BenchmarkResult;

/**
 * One kernel benchmark placed in the analysis: which case and variant, at which size, with its time per
 * operation.
 *
 * @param kase the op, dtype and layout
 * @param variant the strategy and threads
 * @param size elements
 * @param sizeLabel the {@code size} parameter as the results file spells it
 * @param nanosPerOp the mean time per call in nanoseconds with its bootstrap interval
 * @param samples every sample in nanoseconds per call, one array per fork
 * @param result the benchmark as read
 */
public record KernelPoint(
        Case kase,
        Variant variant,
        long size,
        String sizeLabel,
        Interval nanosPerOp,
        double[][] samples,
        BenchmarkResult result) {

    /** Time per element in nanoseconds with its interval. */
    public Interval nanosPerElement() {
        return new Interval(nanosPerOp.estimate() / size, nanosPerOp.low() / size, nanosPerOp.high() / size);
    }

    /** The bytes moved per element: {@code override} when not {@code null}, else what the file records, if anything. */
    public Double bytesPerElement(Double override) {
        return override != null ? override : result.derived() == null ? null : result.derived().bytesPerElement();
    }
}
