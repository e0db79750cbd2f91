package dev.arraybench.scenarios;

import dev.arraybench.scenarios.check.KernelCheck;
import dev.arraybench.scenarios.data.ArrayData;
import dev.arraybench.scenarios.data.DType;
import dev.arraybench.scenarios.data.Layout;
import dev.arraybench.scenarios.kernel.Add;
import dev.arraybench.scenarios.kernel.Op;
import dev.arraybench.scenarios.kernel.Scale;
import dev.arraybench.scenarios.strategy.Plan;
import dev.arraybench.scenarios.strategy.Pool;
import dev.arraybench.scenarios.strategy.Strategy;
import java.lang.foreign.MemorySegment;

/**
 * What a benchmark runs on odd calls so that millions of in-place calls on the same array leave its values
 * where they started: without it, float {@code scale} would run into infinity within a hundred calls and
 * float {@code add} would drift without bound. Float {@code scale} alternates its factor with the
 * reciprocal ({@code x *= 3}, then {@code x *= 1/3}: the same work, values stay within rounding of their
 * start); float {@code add} alternates {@code y} with a negated copy ({@code x += y}, then {@code x += -y}).
 * Every other case runs the same call every time: integers wrap around and stay uniformly distributed
 * ({@code x * 3} is a bijection modulo 2^n, and an integer scale by 1/3 would be a scale by 0),
 * {@code clip} is idempotent, the float polynomial maps [-1, 1] into itself (it converges to its fixed
 * point near 0.6, never to a denormal) and reductions only read.
 */
final class Steady {

    private Steady() {
    }

    /**
     * The plans of even and odd calls of {@code op}: the same plan twice, unless odd calls run the
     * {@linkplain #backward(Op, DType) backward} op.
     *
     * @param forward the plan of even calls
     * @param backward the plan of odd calls
     */
    record Plans(Plan forward, Plan backward) {

        /** The plans of {@code op} on {@code type} with {@code strategy} on {@code threads} of {@code pool}. */
        static Plans of(Op op, DType type, Strategy strategy, int threads, Pool pool) {
            Plan forward = Plan.of(op, strategy, threads, pool);
            Op inverse = Steady.backward(op, type);
            return new Plans(forward, inverse == op ? forward : Plan.of(inverse, strategy, threads, pool));
        }

        /**
         * Checks both plans against the reference before anything is timed: even calls on {@code x} and
         * {@code y}, odd calls on {@code x} and {@code yBackward}. Leaves {@code x} changed.
         */
        void verify(ArrayData x, ArrayData y, ArrayData yBackward) {
            KernelCheck.verify(forward, x, y);
            if (backward != forward || yBackward != y) {
                KernelCheck.verify(backward, x, yBackward);
            }
        }
    }

    /** The op of odd calls: the reciprocal scale for a float {@code scale}, otherwise {@code op} itself. */
    static Op backward(Op op, DType type) {
        if (!type.integral() && op instanceof Scale scale) {
            return new Scale(1 / scale.factor());
        }
        return op;
    }

    /**
     * The second operand of odd calls: for a float {@code add}, a new negated copy of {@code y} in
     * {@code layout}, which the caller closes; otherwise {@code y} itself (possibly {@code null}).
     */
    static ArrayData backward(Op op, ArrayData y, Layout layout) {
        if (y == null || y.type().integral() || !(op instanceof Add)) {
            return y;
        }
        DType type = y.type();
        ArrayData negated = ArrayData.allocate(type, layout, y.length());
        MemorySegment from = y.segment();
        MemorySegment to = negated.segment();
        for (long i = 0; i < y.length(); i++) {
            type.setDouble(to, i, -type.getAsDouble(from, i));
        }
        return negated;
    }
}
