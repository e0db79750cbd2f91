package dev.arraybench.scenarios.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arraybench.scenarios.data.DType;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.Test;

/** The array behind a heap segment, and the range kernels' array loops over segments that start mid-array. */
class JavaArraysTest {

    @Test
    void shouldGiveTheWholeArrayAHeapSegmentWraps() {
        float[] a = new float[8];
        assertThat(JavaArrays.floats(MemorySegment.ofArray(a))).isSameAs(a);
    }

    @Test
    void shouldRefuseASliceANativeSegmentAndAnotherElementType() {
        assertThatThrownBy(() -> JavaArrays.ints(MemorySegment.ofArray(new int[8]).asSlice(4)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("(expected a heap segment over a whole int[]: the plain loop runs over a Java array, layout heap)");
        try (Arena arena = Arena.ofConfined()) {
            assertThatThrownBy(() -> JavaArrays.longs(arena.allocate(64))).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> JavaArrays.doubles(MemorySegment.ofArray(new long[8])))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldScaleASliceThatStartsMidArrayInPlace() {
        int[] a = {1, 2, 3, 4, 5, 6};
        MemorySegment slice = MemorySegment.ofArray(a).asSlice(2L * Integer.BYTES);
        new Scale().scalar(new Operands(DType.INT32, slice, null, 4), 1, 3);
        assertThat(a).containsExactly(1, 2, 3, 12, 15, 6);
    }

    @Test
    void shouldAddTwoHeapSegmentsAtDifferentOffsetsElementByElement() {
        long[] x = {1, 2, 3, 4};
        long[] y = {10, 20, 30, 40, 50};
        MemorySegment ys = MemorySegment.ofArray(y).asSlice(Long.BYTES);
        new Add().scalar(new Operands(DType.INT64, MemorySegment.ofArray(x), ys, 4), 0, 4);
        assertThat(x).containsExactly(21, 32, 43, 54);
    }
}
