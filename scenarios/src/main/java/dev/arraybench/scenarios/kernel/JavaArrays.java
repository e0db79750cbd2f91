package dev.arraybench.scenarios.kernel;

import java.lang.foreign.MemorySegment;

/**
 * The Java array behind a heap segment, for loops that run over the array itself: C2 vectorises a loop
 * over a Java array where the same loop over a {@link MemorySegment} stays scalar (float elements, two
 * operands; see docs/performance.md). {@link #ints} and its siblings give the whole array a segment wraps,
 * for an op's {@linkplain InPlaceOp#plain plain} loop; {@link #index} maps a segment's element index to the
 * array's, for range kernels.
 */
public final class JavaArrays {

    private JavaArrays() {
    }

    /**
     * The {@code int[]} that {@code segment} wraps whole.
     *
     * @throws IllegalArgumentException when {@code segment} is not a whole {@code int[]}
     */
    public static int[] ints(MemorySegment segment) {
        if (segment.heapBase().orElse(null) instanceof int[] a && whole(segment, a.length, Integer.BYTES)) {
            return a;
        }
        throw notWhole(segment, "int[]");
    }

    /**
     * The {@code long[]} that {@code segment} wraps whole.
     *
     * @throws IllegalArgumentException when {@code segment} is not a whole {@code long[]}
     */
    public static long[] longs(MemorySegment segment) {
        if (segment.heapBase().orElse(null) instanceof long[] a && whole(segment, a.length, Long.BYTES)) {
            return a;
        }
        throw notWhole(segment, "long[]");
    }

    /**
     * The {@code float[]} that {@code segment} wraps whole.
     *
     * @throws IllegalArgumentException when {@code segment} is not a whole {@code float[]}
     */
    public static float[] floats(MemorySegment segment) {
        if (segment.heapBase().orElse(null) instanceof float[] a && whole(segment, a.length, Float.BYTES)) {
            return a;
        }
        throw notWhole(segment, "float[]");
    }

    /**
     * The {@code double[]} that {@code segment} wraps whole.
     *
     * @throws IllegalArgumentException when {@code segment} is not a whole {@code double[]}
     */
    public static double[] doubles(MemorySegment segment) {
        if (segment.heapBase().orElse(null) instanceof double[] a && whole(segment, a.length, Double.BYTES)) {
            return a;
        }
        throw notWhole(segment, "double[]");
    }

    /**
     * The array index of element {@code from} of a heap {@code segment} of {@code bytes}-byte elements: a heap
     * segment's address is its byte offset into the array.
     */
    static int index(MemorySegment segment, int bytes, long from) {
        return (int) (segment.address() / bytes + from);
    }

    private static boolean whole(MemorySegment segment, int length, int bytes) {
        return segment.address() == 0 && segment.byteSize() == (long) length * bytes;
    }

    private static IllegalArgumentException notWhole(MemorySegment segment, String expected) {
        return new IllegalArgumentException("segment: " + segment + " (expected a heap segment over a whole "
                + expected + ": the plain loop runs over a Java array, layout heap)");
    }
}
