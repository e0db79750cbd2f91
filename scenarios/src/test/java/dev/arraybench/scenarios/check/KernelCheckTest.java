package dev.arraybench.scenarios.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arraybench.scenarios.data.ArrayData;
import dev.arraybench.scenarios.data.DType;
import dev.arraybench.scenarios.data.DataGenerator;
import dev.arraybench.scenarios.data.Layout;
import dev.arraybench.scenarios.kernel.Add;
import dev.arraybench.scenarios.kernel.InPlaceOp;
import dev.arraybench.scenarios.kernel.Operands;
import dev.arraybench.scenarios.kernel.ReductionOp;
import dev.arraybench.scenarios.kernel.Ops;
import dev.arraybench.scenarios.kernel.Sum;
import dev.arraybench.scenarios.strategy.Plan;
import dev.arraybench.scenarios.strategy.Strategy;
import org.junit.jupiter.api.Test;

/** The check must fail loudly on a wrong kernel, or it proves nothing when it passes. */
class KernelCheckTest {

    @Test
    void shouldPassACorrectKernelAndReturnItsResult() {
        try (ArrayData x = DataGenerator.random(DType.INT32, Layout.NATIVE, 1000, 1)) {
            Number sum = KernelCheck.verify(Plan.of(Ops.byName("sum"), Strategy.SIMD, 1), x, null);
            assertThat(sum).isInstanceOf(Long.class);
        }
    }

    @Test
    void shouldNameTheFirstWrongElementOfAnInPlaceKernel() {
        InPlaceOp skipsLast = new InPlaceOp() {
            private final Add add = new Add();

            @Override
            public String name() {
                return "add";
            }

            @Override
            public String description() {
                return "add that forgets the last element";
            }

            @Override
            public int inputs() {
                return 2;
            }

            @Override
            public void scalar(Operands in, long from, long to) {
                add.scalar(in, from, Math.min(to, in.length() - 1));
            }

            @Override
            public void simd(Operands in, long from, long to) {
                scalar(in, from, to);
            }
        };
        try (ArrayData x = DataGenerator.random(DType.FLOAT64, Layout.HEAP, 100, 1);
                ArrayData y = DataGenerator.random(DType.FLOAT64, Layout.HEAP, 100, 2)) {
            assertThatThrownBy(() -> KernelCheck.verify(Plan.of(skipsLast, Strategy.SEQUENTIAL, 1), x, y))
                    .isInstanceOf(KernelMismatchException.class)
                    .hasMessageStartingWith("add/sequential on heap float64 x 100: element 99 is ");
        }
    }

    @Test
    void shouldCatchAReductionThatIsOffByOne() {
        Sum sum = new Sum();
        ReductionOp<Number> offByOne = new ReductionOp<>() {
            @Override
            public String name() {
                return "sum";
            }

            @Override
            public String description() {
                return "sum plus one";
            }

            @Override
            public Number scalar(Operands in, long from, long to) {
                return sum.scalar(in, from, to);
            }

            @Override
            public Number simd(Operands in, long from, long to) {
                return sum.simd(in, from, to);
            }

            @Override
            public Number combine(Number left, Number right) {
                return sum.combine(left, right);
            }

            @Override
            public Number finish(Number whole, long length) {
                return whole.longValue() + 1;
            }
        };
        try (ArrayData x = DataGenerator.random(DType.INT64, Layout.NATIVE, 10, 1)) {
            assertThatThrownBy(() -> KernelCheck.verify(Plan.of(offByOne, Strategy.SEQUENTIAL, 1), x, null))
                    .isInstanceOf(KernelMismatchException.class)
                    .hasMessageContaining("sum/sequential on native int64 x 10: result ");
        }
    }
}
