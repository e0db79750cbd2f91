package dev.arraybench.scenarios.kernel;

/** An op that rewrites each element of {@code x} in place from the same element of its inputs. */
public non-sealed interface InPlaceOp extends Op {

    /**
     * Processes elements {@code [from, to)}, at most {@link Ranges#MAX} of them, with a plain loop that the JIT
     * vectorises on its own.
     */
    void scalar(Operands in, long from, long to);

    /**
     * Processes elements {@code [from, to)}, at most {@link Ranges#MAX} of them, with the Vector API's preferred
     * species and a scalar tail.
     */
    void simd(Operands in, long from, long to);

    @Override
    default boolean writes() {
        return true;
    }
}
