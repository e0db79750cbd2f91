package dev.arraybench.scenarios.kernel;

import dev.arraybench.scenarios.data.DType;

/**
 * An operation over arrays, the plug-in point of arraybench: written once as range kernels (a scalar loop
 * and, optionally, a Vector API loop) over {@link Operands}; strategies decide how ranges are laid out over
 * threads and never re-implement an op. An op is either an {@link InPlaceOp} (rewrites {@code x}) or a
 * {@link ReductionOp} (reads and reduces); each also states the plain reference its kernels are checked
 * against before anything is timed, how much memory it moves, and how it keeps its data steady.
 *
 * <p>Ops are found with {@link java.util.ServiceLoader}: a class with a public no-argument constructor,
 * named on one line of {@code META-INF/services/dev.arraybench.scenarios.kernel.Op}. The built-in ops are
 * registered the same way (see {@link Ops}).
 */
public sealed interface Op permits InPlaceOp, ReductionOp {

    /** The name used on the command line and in results files, such as {@code scale}: lower case, unique. */
    String name();

    /** One line saying what the op computes, for {@code arraybench list}. */
    String description();

    /** How many input arrays the op reads: 1, or 2 for {@code add} ({@code x} and {@code y}). */
    default int inputs() {
        return 1;
    }

    /** Whether the op writes its result into its first array (in place) rather than reducing it. */
    boolean writes();

    /**
     * Bytes the kernel reads per element of {@code type}: by default one element of each input. Feeds the
     * traffic model, and so the results file's bytes per element and the effective bandwidth.
     */
    default double bytesRead(DType type) {
        return (double) inputs() * type.bytes();
    }

    /** Bytes the kernel writes per element of {@code type}: by default one element when it writes in place. */
    default double bytesWritten(DType type) {
        return writes() ? type.bytes() : 0;
    }

    /**
     * The op that odd calls of a benchmark run, so that millions of calls on the same array keep its values
     * steady: an inverse of the same cost (a float {@code x *= 3} alternates with {@code x *= 1/3}), or this
     * op itself (the default) when repeating it is steady on its own: idempotent ({@code clip}), wrapping
     * integers, a map of [-1, 1] into itself, or read-only. The pre-timing check runs both.
     */
    default Op backward(DType type) {
        return this;
    }
}
