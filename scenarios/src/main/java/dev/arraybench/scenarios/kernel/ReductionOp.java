package dev.arraybench.scenarios.kernel;

/**
 * A read-only op that reduces a range to a partial result; partials of adjacent ranges combine (in range
 * order, so a given split always gives the same answer) and the final partial becomes the result. Its
 * reference is one plain sequential pass ({@link #reference}); every strategy must give that result,
 * exactly or within {@link #tolerance}.
 *
 * @param <P> the partial result of one range
 */
public non-sealed interface ReductionOp<P> extends Op {

    /** Reduces elements {@code [from, to)}, at most {@link Ranges#MAX} of them, with a plain loop. */
    P scalar(Operands in, long from, long to);

    /**
     * Reduces elements {@code [from, to)}, at most {@link Ranges#MAX} of them, with the Vector API's preferred
     * species and a scalar tail; by default the {@linkplain #scalar scalar} loop.
     */
    default P simd(Operands in, long from, long to) {
        return scalar(in, from, to);
    }

    /** Combines the partial of a range with that of the range right after it. */
    P combine(P left, P right);

    /**
     * Turns the partial of the whole array into the result: a {@link Long} or {@link Double} as documented
     * by each op; {@link Double#NaN} where the result of an empty array is undefined.
     */
    Number finish(P whole, long length);

    /**
     * The result over all of {@code in}, computed element at a time in one sequential pass, independent of
     * the range kernels: of the same class ({@link Long} or {@link Double}) as {@link #finish} gives.
     */
    Number reference(Operands in);

    /**
     * How far a {@link Double} result may be from {@code expected}, the reference over {@code in}: 0 (the
     * default) asks for the same value. Strategies that add in another order need a stated margin.
     */
    default double tolerance(Operands in, Number expected) {
        return 0;
    }

    @Override
    default boolean writes() {
        return false;
    }
}
