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

    /**
     * Reduces elements {@code [from, to)}, at most {@link Ranges#MAX} of them, with a plain loop; over a heap
     * segment, over the Java array behind it ({@link JavaArrays}), as {@link InPlaceOp#scalar} explains.
     */
    P scalar(Operands in, long from, long to);

    /**
     * Reduces elements {@code [from, to)}, at most {@link Ranges#MAX} of them, with the Vector API's preferred
     * species and a scalar tail; by default the {@linkplain #scalar scalar} loop.
     */
    default P simd(Operands in, long from, long to) {
        return scalar(in, from, to);
    }

    /**
     * The result over all of {@code in}, as {@link #finish} gives it, from the idiomatic loop a user writes
     * over the Java array ({@code for (int v : a) sum += v;}); {@code in} must wrap whole Java arrays (the
     * heap layout; {@link JavaArrays} gives them): the {@code plain} strategy, the reference
     * {@code sequential} is measured against. An op that does not write one gets this default, its
     * {@linkplain #scalar scalar} kernel over the whole array in blocks of {@link Ranges#MAX}, so that
     * {@code plain} then measures what {@code sequential} does.
     */
    default Number plain(Operands in) {
        long n = in.length();
        P whole = scalar(in, 0, Math.min(n, Ranges.MAX));
        for (long from = Ranges.MAX; from < n; from += Ranges.MAX) {
            whole = combine(whole, scalar(in, from, Math.min(n, from + Ranges.MAX)));
        }
        return finish(whole, n);
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
