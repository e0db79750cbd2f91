package dev.arraybench.scenarios.kernel;

import dev.arraybench.scenarios.data.DType;

/**
 * An op that rewrites each element of {@code x} in place from the same element of its inputs. Its reference
 * is element at a time: every strategy must leave in {@code x} what {@link #reference(DType, long, long)}
 * (integers) or {@link #reference(DType, double, double)} (floats) gives for each element, floats to the
 * last bit unless {@link #tolerance} says otherwise.
 */
public non-sealed interface InPlaceOp extends Op {

    /**
     * Processes elements {@code [from, to)}, at most {@link Ranges#MAX} of them, with a plain loop that the JIT
     * vectorises on its own.
     */
    void scalar(Operands in, long from, long to);

    /**
     * Processes elements {@code [from, to)}, at most {@link Ranges#MAX} of them, with the Vector API's preferred
     * species and a scalar tail; by default the {@linkplain #scalar scalar} loop.
     */
    default void simd(Operands in, long from, long to) {
        scalar(in, from, to);
    }

    /**
     * The new value of integer element {@code v} (second input {@code w}, 0 for one-input ops), computed in
     * the plainest way, narrowed to {@code type} ({@link DType#narrow}).
     */
    long reference(DType type, long v, long w);

    /**
     * The new value of float element {@code v} (second input {@code w}, 0 for one-input ops), computed in
     * the plainest way, rounded to {@code type} ({@link DType#round}).
     */
    double reference(DType type, double v, double w);

    /**
     * How far a float result may be from {@code expected}: 0 (the default) asks for the same bits, which a
     * kernel doing the same operations in the same order gives.
     */
    default double tolerance(DType type, double expected) {
        return 0;
    }

    @Override
    default boolean writes() {
        return true;
    }
}
