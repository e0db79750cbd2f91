package dev.arraybench.scenarios.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arraybench.scenarios.check.KernelCheck;
import dev.arraybench.scenarios.data.ArrayData;
import dev.arraybench.scenarios.data.DType;
import dev.arraybench.scenarios.data.DataGenerator;
import dev.arraybench.scenarios.data.Layout;
import dev.arraybench.scenarios.kernel.Lanes;
import dev.arraybench.scenarios.kernel.Op;
import dev.arraybench.scenarios.kernel.SampleOps;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.assertj.core.api.Condition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one contract every kernel meets, built-in or a user's (the ops on the class path and the ones
 * {@link SampleOps} registers as a user does): for every op x dtype x layout x strategy x pool x thread count, at sizes
 * around every edge the code has (empty, vector length, chunk boundaries, a large odd size), running the
 * plan gives what the plain reference gives ({@link KernelCheck}: in-place results to the last bit, float
 * reductions to a stated tolerance, since parallel and SIMD strategies add in another order). The
 * heap-only {@code plain} strategy runs on the heap layout and refuses native arrays.
 */
class PlanContractTest {

    private static final long LARGE_ODD = 1_000_003;
    private static final Condition<Object> NULL = new Condition<>(Objects::isNull, "null");
    private static final Condition<Object> NOT_NULL = new Condition<>(Objects::nonNull, "not null");

    static Stream<Arguments> everyCombination() {
        List<Arguments> cases = new ArrayList<>();
        for (Op op : SampleOps.withSamples().all()) {
            for (DType type : DType.values()) {
                for (Layout layout : Layout.values()) {
                    for (Strategy strategy : Strategy.values()) {
                        if (strategy.heapOnly() && layout != Layout.HEAP) {
                            continue;
                        }
                        for (Pool pool : strategy.parallel() ? Pool.values() : new Pool[] {Pool.FORKJOIN}) {
                            for (int threads : threadCounts(strategy, pool)) {
                                for (long size : sizes(type)) {
                                    cases.add(Arguments.of(op, type, layout, strategy, pool, threads, size));
                                }
                            }
                        }
                    }
                }
            }
        }
        return cases.stream();
    }

    /** Sequential strategies once; parallel ones on 1 to 3 threads of forkjoin, and 2 and 3 of spin. */
    static int[] threadCounts(Strategy strategy, Pool pool) {
        if (!strategy.parallel()) {
            return new int[] {1};
        }
        return pool == Pool.SPIN ? new int[] {2, 3} : new int[] {1, 2, 3};
    }

    static long[] sizes(DType type) {
        long lanes = Lanes.count(type);
        long grain = Chunking.GRAIN;
        return LongStream.of(0, 1, 2, lanes - 1, lanes, lanes + 1, 2 * lanes + 3,
                        grain - 1, grain, grain + 1, 2 * grain - 1, 2 * grain, 2 * grain + 1,
                        3 * grain - 1, 3 * grain, 3 * grain + 1, LARGE_ODD)
                .distinct()
                .toArray();
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} {4} threads={5} size={6}")
    @MethodSource("everyCombination")
    void shouldComputeWhatThePlainReferenceComputes(
            Op op, DType type, Layout layout, Strategy strategy, Pool pool, int threads, long size) {
        long seed = 31 * size + type.ordinal();
        try (ArrayData x = DataGenerator.random(type, layout, size, seed);
                ArrayData y = op.inputs() == 2 ? DataGenerator.random(type, layout, size, seed + 1) : null) {
            Number result = KernelCheck.verify(Plan.of(op, strategy, threads, pool), x, y);
            assertThat(result).as("a result from reductions only").is(op.writes() ? NULL : NOT_NULL);
        }
    }

    static Stream<Arguments> everyOp() {
        return SampleOps.withSamples().all().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyOp")
    void shouldRefuseNativeArraysForThePlainStrategy(Op op) {
        try (ArrayData x = DataGenerator.random(DType.FLOAT32, Layout.NATIVE, 10, 1);
                ArrayData y = op.inputs() == 2 ? DataGenerator.random(DType.FLOAT32, Layout.NATIVE, 10, 2) : null) {
            Plan plan = Plan.of(op, Strategy.PLAIN, 1);
            assertThatThrownBy(() -> plan.run(x, y))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("x: native float32 x 10 (expected the heap layout: strategy plain loops over a Java array)");
        }
    }
}
