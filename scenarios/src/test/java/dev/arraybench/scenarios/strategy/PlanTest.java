package dev.arraybench.scenarios.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arraybench.scenarios.data.ArrayData;
import dev.arraybench.scenarios.data.DType;
import dev.arraybench.scenarios.data.Layout;
import dev.arraybench.scenarios.kernel.Ops;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlanTest {

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 100_000})
    void shouldRefuseAThreadCountOutsideTheSaneRange(int threads) {
        assertThatThrownBy(() -> Plan.of(Ops.onClassPath().byName("scale"), Strategy.ZERO_COPY_PARALLEL, threads))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("threads: " + threads + " (expected 1.." + Threads.max() + " ");
    }

    @Test
    void shouldRefuseAddWithOperandsOfDifferentLengths() {
        try (ArrayData x = ArrayData.allocate(DType.INT32, Layout.HEAP, 10);
                ArrayData y = ArrayData.allocate(DType.INT32, Layout.HEAP, 11)) {
            Plan plan = Plan.of(Ops.onClassPath().byName("add"), Strategy.SEQUENTIAL, 1);
            assertThatThrownBy(() -> plan.run(x, y))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("y: heap int32 x 11 (expected the same type and length as x");
        }
    }

    @Test
    void shouldRefuseAddWithoutItsSecondOperand() {
        try (ArrayData x = ArrayData.allocate(DType.FLOAT64, Layout.NATIVE, 10)) {
            Plan plan = Plan.of(Ops.onClassPath().byName("add"), Strategy.SIMD, 1);
            assertThatThrownBy(() -> plan.run(x, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("y: null");
        }
    }

    @Test
    void shouldRefuseAClosedNativeBuffer() {
        ArrayData x = ArrayData.allocate(DType.INT64, Layout.NATIVE, 100);
        x.close();
        Plan plan = Plan.of(Ops.onClassPath().byName("sum"), Strategy.SIMD_PARALLEL, 2);
        assertThatThrownBy(() -> plan.run(x, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("buffer: closed native int64 array of 100 elements (expected an open buffer)");
    }

    @Test
    void shouldWriteBackOnlyForOpsThatWrite() {
        try (ArrayData x = ArrayData.allocate(DType.INT32, Layout.NATIVE, 3)) {
            DType.INT32.setLong(x.segment(), 0, 5);
            Number sum = Plan.of(Ops.onClassPath().byName("sum"), Strategy.COPY_PARALLEL, 2).run(x, null);
            Plan.of(Ops.onClassPath().byName("scale"), Strategy.COPY_PARALLEL, 2).run(x, null);
            assertThat(sum).isEqualTo(5L);
            assertThat(DType.INT32.getAsLong(x.segment(), 0)).isEqualTo(15);
        }
    }

    @Test
    void shouldNameItselfByOpStrategyPoolAndThreads() {
        assertThat(Plan.of(Ops.onClassPath().byName("sum"), Strategy.COPY_PARALLEL, 2)).hasToString("sum/copy-parallel/forkjoin/2t");
        assertThat(Plan.of(Ops.onClassPath().byName("sum"), Strategy.ZERO_COPY_PARALLEL, 3, Pool.SPIN))
                .hasToString("sum/zero-copy-parallel/spin/3t");
        assertThat(Plan.of(Ops.onClassPath().byName("sum"), Strategy.SIMD, 2, Pool.SPIN)).hasToString("sum/simd");
    }

    @Test
    void shouldRunOnForkJoinUnlessAskedOtherwise() {
        assertThat(Plan.of(Ops.onClassPath().byName("scale"), Strategy.SIMD_PARALLEL, 2).pool()).isEqualTo(Pool.FORKJOIN);
        assertThat(Plan.of(Ops.onClassPath().byName("scale"), Strategy.SIMD_PARALLEL, 2, Pool.SPIN).pool()).isEqualTo(Pool.SPIN);
    }

    @Test
    void shouldRefuseAMissingPool() {
        assertThatThrownBy(() -> Plan.of(Ops.onClassPath().byName("scale"), Strategy.SIMD_PARALLEL, 2, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pool: null (expected one of forkjoin, spin)");
    }

    @Test
    void shouldParsePoolLabels() {
        assertThat(Pool.parse(" Spin ")).isEqualTo(Pool.SPIN);
        assertThatThrownBy(() -> Pool.parse("omp"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pool: 'omp' (expected one of forkjoin, spin)");
    }
}
