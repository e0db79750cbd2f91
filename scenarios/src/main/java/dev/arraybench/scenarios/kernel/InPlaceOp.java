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
     * vectorises on its own. Over a heap segment, loop over the Java array behind it ({@link JavaArrays}):
     * C2 vectorises an array loop where the same loop over a segment stays scalar (float elements, two
     * operands; docs/performance.md), and {@code sequential} must keep up with the {@linkplain #plain plain}
     * loop a user writes.
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
     * The idiomatic loop a user writes over the Java array ({@code for (int i = 0; i < a.length; i++) a[i] *= k;}),
     * over all of {@code in}, which must wrap whole Java arrays (the heap layout; {@link JavaArrays} gives
     * them): the {@code plain} strategy, the reference {@code sequential} is measured against. An op that
     * does not write one gets this default, its {@linkplain #scalar scalar} kernel over the whole array in
     * blocks of {@link Ranges#MAX}, so that {@code plain} then measures what {@code sequential} does.
     */
    default void plain(Operands in) {
        for (long from = 0; from < in.length(); from += Ranges.MAX) {
            scalar(in, from, Math.min(in.length(), from + Ranges.MAX));
        }
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
