package dev.arraybench.scenarios.kernel;

/**
 * An operation over arrays, written once as range kernels (a scalar loop and a Vector API loop) over
 * {@link Operands}; strategies decide how ranges are laid out over threads and never re-implement an op.
 */
public sealed interface Op permits InPlaceOp, ReductionOp {

    /** The name used on the command line and in results files, such as {@code scale}. */
    String name();

    /** One line saying what the op computes, for {@code arraybench list}. */
    String description();

    /** How many input arrays the op reads: 1, or 2 for {@code add}. */
    default int inputs() {
        return 1;
    }

    /** Whether the op writes its result into its first array (in place) rather than reducing it. */
    boolean writes();
}
