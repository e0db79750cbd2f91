package dev.arraybench.scenarios.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ArrayDataTest {

    @Test
    void shouldRefuseANegativeSize() {
        assertThatThrownBy(() -> ArrayData.allocate(DType.INT32, Layout.NATIVE, -3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("size: -3 (expected >= 0)");
    }

    @Test
    void shouldRefuseAHeapArrayLargerThanJavaAllows() {
        assertThatThrownBy(() -> ArrayData.allocate(DType.INT32, Layout.HEAP, 1L << 32))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("size: 4294967296 (expected <= ");
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void shouldAllocateZeroedElementsOfTheRequestedType(Layout layout) {
        try (ArrayData data = ArrayData.allocate(DType.FLOAT64, layout, 1000)) {
            assertThat(data.byteSize()).isEqualTo(8000);
            assertThat(data.segment().byteSize()).isEqualTo(8000);
            assertThat(data.type().getAsDouble(data.segment(), 999)).isZero();
        }
    }

    @Test
    void shouldFillTheSameValuesForTheSameSeed() {
        try (ArrayData a = DataGenerator.random(DType.INT32, Layout.HEAP, 100, 7);
                ArrayData b = DataGenerator.random(DType.INT32, Layout.NATIVE, 100, 7)) {
            assertThat(a.segment().mismatch(b.segment())).isEqualTo(-1);
        }
    }

    @Test
    void shouldKeepGeneratedFloatsInsideTheUnitInterval() {
        try (ArrayData data = DataGenerator.random(DType.FLOAT32, Layout.NATIVE, 10_000, 1)) {
            for (long i = 0; i < data.length(); i++) {
                assertThat(data.type().getAsDouble(data.segment(), i)).isBetween(-1.0, 1.0);
            }
        }
    }

    @Test
    void shouldBeClosableTwice() {
        ArrayData data = ArrayData.allocate(DType.INT64, Layout.NATIVE, 10);
        data.close();
        data.close();
        assertThat(data.isOpen()).isFalse();
    }
}
