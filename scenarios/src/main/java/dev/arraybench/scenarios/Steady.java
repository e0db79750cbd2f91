package dev.arraybench.scenarios;

import dev.arraybench.scenarios.check.KernelCheck;
import dev.arraybench.scenarios.data.ArrayData;
import dev.arraybench.scenarios.data.DType;
import dev.arraybench.scenarios.kernel.Op;
import dev.arraybench.scenarios.strategy.Plan;
import dev.arraybench.scenarios.strategy.Pool;
import dev.arraybench.scenarios.strategy.Strategy;

/**
 * The plans of even and odd calls, so that millions of in-place calls on the same array leave its values
 * where they started: odd calls run the op's {@linkplain Op#backward backward} op. Without it float
 * {@code scale} would run into infinity within a hundred calls and float {@code add} would drift without
 * bound; so float {@code scale} alternates its factor with the reciprocal ({@code x *= 3}, then
 * {@code x *= 1/3}) and float {@code add} alternates with a subtraction ({@code x += y}, then
 * {@code x -= y}): the same work, values within rounding of their start. Every other built-in case runs
 * the same call every time: integers wrap around and stay uniformly distributed ({@code x * 3} is a
 * bijection modulo 2^n), {@code clip} is idempotent, the float polynomial maps [-1, 1] into itself (it
 * converges to its fixed point near 0.6, never to a denormal) and reductions only read.
 *
 * @param forward the plan of even calls
 * @param backward the plan of odd calls (the same plan when the op is steady on its own)
 */
record Steady(Plan forward, Plan backward) {

    /** The plans of {@code op} on {@code type} with {@code strategy} on {@code threads} of {@code pool}. */
    static Steady of(Op op, DType type, Strategy strategy, int threads, Pool pool) {
        Plan forward = Plan.of(op, strategy, threads, pool);
        Op inverse = op.backward(type);
        return new Steady(forward, inverse == op ? forward : Plan.of(inverse, strategy, threads, pool));
    }

    /**
     * Checks both plans against the reference before anything is timed, one after the other on {@code x}
     * and {@code y}. Leaves {@code x} changed.
     */
    void verify(ArrayData x, ArrayData y) {
        KernelCheck.verify(forward, x, y);
        if (backward != forward) {
            KernelCheck.verify(backward, x, y);
        }
    }
}
