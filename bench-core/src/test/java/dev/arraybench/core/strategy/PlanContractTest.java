package dev.arraybench.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.arraybench.core.data.ArrayData;
import dev.arraybench.core.data.DType;
import dev.arraybench.core.data.DataGenerator;
import dev.arraybench.core.data.Layout;
import dev.arraybench.core.kernel.Lanes;
import dev.arraybench.core.kernel.Op;
import dev.arraybench.core.kernel.Ops;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one contract every kernel meets: for every op x dtype x layout x strategy x thread count, at sizes
 * around every edge the code has (empty, vector length, chunk boundaries, a large odd size), running the
 * plan gives what the plain {@link Reference} loops give. In-place results must match to the last bit;
 * float reductions to a stated tolerance, since parallel and SIMD strategies add in another order.
 */
class PlanContractTest {

    private static final long LARGE_ODD = 1_000_003;
    private static final double SUM_TOLERANCE = 1e-10;
    private static final double VAR_TOLERANCE = 1e-9;

    static Stream<Arguments> everyCombination() {
        List<Arguments> cases = new ArrayList<>();
        for (Op op : Ops.all()) {
            for (DType type : DType.values()) {
                for (Layout layout : Layout.values()) {
                    for (Strategy strategy : Strategy.values()) {
                        for (int threads : strategy.parallel() ? new int[] {1, 2, 3} : new int[] {1}) {
                            for (long size : sizes(type)) {
                                cases.add(Arguments.of(op, type, layout, strategy, threads, size));
                            }
                        }
                    }
                }
            }
        }
        return cases.stream();
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

    @ParameterizedTest(name = "{0} {1} {2} {3} threads={4} size={5}")
    @MethodSource("everyCombination")
    void shouldComputeWhatThePlainReferenceLoopComputes(
            Op op, DType type, Layout layout, Strategy strategy, int threads, long size) {
        long seed = 31 * size + type.ordinal();
        try (ArrayData x = DataGenerator.random(type, layout, size, seed);
                ArrayData y = op.inputs() == 2 ? DataGenerator.random(type, layout, size, seed + 1) : null) {
            Plan plan = Plan.of(op, strategy, threads);
            if (type.integral()) {
                checkIntegers(plan, x, y);
            } else {
                checkReals(plan, x, y);
            }
        }
    }

    private static void checkIntegers(Plan plan, ArrayData x, ArrayData y) {
        Op op = plan.op();
        long[] before = Reference.integers(x);
        Number result = plan.run(x, y);
        if (op.writes()) {
            long[] expected = Reference.inPlace(op, x.type(), before, y == null ? null : Reference.integers(y));
            assertThat(result).isNull();
            assertThat(Reference.integers(x)).isEqualTo(expected);
            return;
        }
        assertThat(Reference.integers(x)).as("a reduction leaves its input alone").isEqualTo(before);
        Number expected = Reference.reduce(op, before);
        if (op.name().equals("var")) {
            assertClose(result, expected, VAR_TOLERANCE * Math.abs(expected.doubleValue()));
        } else {
            assertThat(result).isEqualTo(expected);
        }
    }

    private static void checkReals(Plan plan, ArrayData x, ArrayData y) {
        Op op = plan.op();
        double[] before = Reference.reals(x);
        Number result = plan.run(x, y);
        if (op.writes()) {
            double[] expected = Reference.inPlace(op, x.type(), before, y == null ? null : Reference.reals(y));
            assertThat(result).isNull();
            assertThat(Reference.reals(x)).isEqualTo(expected);
            return;
        }
        assertThat(Reference.reals(x)).as("a reduction leaves its input alone").isEqualTo(before);
        Number expected = Reference.reduce(op, before);
        double tolerance = switch (op.name()) {
            case "sum" -> SUM_TOLERANCE * Reference.magnitude(before);
            case "mean" -> SUM_TOLERANCE * Reference.magnitude(before) / Math.max(1, before.length);
            case "var" -> VAR_TOLERANCE * Math.abs(expected.doubleValue());
            default -> 0;
        };
        assertClose(result, expected, tolerance);
    }

    private static void assertClose(Number actual, Number expected, double tolerance) {
        assertThat(actual).isInstanceOf(expected.getClass());
        if (Double.isNaN(expected.doubleValue())) {
            assertThat(actual.doubleValue()).isNaN();
        } else {
            assertThat(actual.doubleValue()).isCloseTo(expected.doubleValue(), within(tolerance));
        }
    }
}
