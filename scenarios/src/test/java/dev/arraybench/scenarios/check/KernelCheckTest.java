package dev.arraybench.scenarios.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arraybench.scenarios.data.ArrayData;
import dev.arraybench.scenarios.data.DType;
import dev.arraybench.scenarios.data.DataGenerator;
import dev.arraybench.scenarios.data.Layout;
import dev.arraybench.scenarios.kernel.InPlaceOp;
import dev.arraybench.scenarios.kernel.Operands;
import dev.arraybench.scenarios.kernel.Ops;
import dev.arraybench.scenarios.kernel.ReductionOp;
import dev.arraybench.scenarios.kernel.SampleOps;
import dev.arraybench.scenarios.strategy.Plan;
import dev.arraybench.scenarios.strategy.Pool;
import dev.arraybench.scenarios.strategy.Strategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The check must fail loudly on a wrong kernel, or it proves nothing when it passes. */
class KernelCheckTest {

    @Test
    void shouldPassACorrectKernelAndReturnItsResult() {
        try (ArrayData x = DataGenerator.random(DType.INT32, Layout.NATIVE, 1000, 1)) {
            Number sum = KernelCheck.verify(Plan.of(Ops.onClassPath().byName("sum"), Strategy.SIMD, 1), x, null);
            assertThat(sum).isInstanceOf(Long.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Strategy.class)
    void shouldFailAUserOpThatSkipsAnElementUnderEveryStrategy(Strategy strategy) {
        try (ArrayData x = DataGenerator.random(DType.FLOAT32, Layout.HEAP, 10_000, 1)) {
            Plan plan = Plan.of(new SampleOps.SkipsFirst(), strategy, 2, Pool.SPIN);
            assertThatThrownBy(() -> KernelCheck.verify(plan, x, null))
                    .isInstanceOf(KernelMismatchException.class)
                    .hasMessageStartingWith(plan + " on heap float32 x 10000: element 0 is ");
        }
    }

    @Test
    void shouldNameTheFirstWrongElementOfAnInPlaceKernel() {
        InPlaceOp skipsLast = new SampleOps.Negate() {
            @Override
            public void scalar(Operands in, long from, long to) {
                super.scalar(in, from, Math.min(to, in.length() - 1));
            }
        };
        try (ArrayData x = DataGenerator.random(DType.FLOAT64, Layout.HEAP, 100, 1)) {
            assertThatThrownBy(() -> KernelCheck.verify(Plan.of(skipsLast, Strategy.SEQUENTIAL, 1), x, null))
                    .isInstanceOf(KernelMismatchException.class)
                    .hasMessageStartingWith("negate/sequential on heap float64 x 100: element 99 is ");
        }
    }

    @Test
    void shouldCatchAReductionThatIsOffByOne() {
        ReductionOp<Number> offByOne = new SampleOps.Dot() {
            @Override
            public Number finish(Number whole, long length) {
                return whole.longValue() + 1;
            }
        };
        try (ArrayData x = DataGenerator.random(DType.INT64, Layout.NATIVE, 10, 1);
                ArrayData y = DataGenerator.random(DType.INT64, Layout.NATIVE, 10, 2)) {
            assertThatThrownBy(() -> KernelCheck.verify(Plan.of(offByOne, Strategy.SEQUENTIAL, 1), x, y))
                    .isInstanceOf(KernelMismatchException.class)
                    .hasMessageContaining("dot/sequential on native int64 x 10: result ");
        }
    }

    @Test
    void shouldRefuseAResultOfAnotherClassThanTheReference() {
        try (ArrayData x = DataGenerator.random(DType.INT32, Layout.HEAP, 10, 1);
                ArrayData y = DataGenerator.random(DType.INT32, Layout.HEAP, 10, 2)) {
            ReductionOp<Number> asDouble = new SampleOps.Dot() {
                @Override
                public Number finish(Number whole, long length) {
                    return whole.doubleValue();
                }
            };
            assertThatThrownBy(() -> KernelCheck.verify(Plan.of(asDouble, Strategy.SEQUENTIAL, 1), x, y))
                    .isInstanceOf(KernelMismatchException.class)
                    .hasMessageContaining("(expected ")
                    .hasMessageEndingWith(", a Long)");
        }
    }
}
