package dev.arraybench.core.kernel;

/** An op that rewrites each element of {@code x} in place from the same element of its inputs. */
public non-sealed interface InPlaceOp extends Op {

    /** Processes elements {@code [from, to)} with a plain loop (which the JIT may vectorise on its own). */
    void scalar(Operands in, long from, long to);

    /** Processes elements {@code [from, to)} with the Vector API's preferred species and a scalar tail. */
    void simd(Operands in, long from, long to);

    @Override
    default boolean writes() {
        return true;
    }
}
